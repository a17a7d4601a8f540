package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import jakarta.validation.Valid;

import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticleInputs.UpdateArticleInput;
import com.newsroom.contentapi.article.ArticleReader.ArticleFilter;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.graphql.ResponseCaching;
import com.newsroom.contentapi.locale.DateStyle;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.locale.LocalizedDates;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;
import com.newsroom.contentapi.author.Author;
import com.newsroom.contentapi.author.AuthorService;
import com.newsroom.contentapi.author.AuthorView;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The article fields of the schema, and the article side of tags ({@code Tag.articles},
 * {@code
 * Tag.articleCount}), which live here so that the tag package does not depend on
 * articles.
 */
@Controller
class ArticleController {

	private final ArticleReader reader;

	private final ArticleService articles;

	private final ArticlePublishing publishing;

	private final TagService tags;

	private final AuthorService authors;

	private final SectionService sections;

	private final LocaleChainResolver localeChains;

	private final LocalizedDates dates;

	private final PagingProperties paging;

	private final PreviewLinks previews;

	private final ArticleVisibility visibility;

	ArticleController(ArticleReader reader, ArticleService articles, ArticlePublishing publishing, TagService tags,
			AuthorService authors, SectionService sections, LocaleChainResolver localeChains, LocalizedDates dates,
			PagingProperties paging, PreviewLinks previews, ArticleVisibility visibility) {
		this.previews = previews;
		this.visibility = visibility;
		this.reader = reader;
		this.articles = articles;
		this.publishing = publishing;
		this.tags = tags;
		this.authors = authors;
		this.sections = sections;
		this.localeChains = localeChains;
		this.dates = dates;
		this.paging = paging;
	}

	@QueryMapping
	ArticleView article(@Argument @Nullable String id, @Argument @Nullable String slug,
			@Argument @Nullable Locale locale, @ContextValue Caller caller, GraphQLContext context) {
		if ((id == null) == (slug == null)) {
			throw ApiException.badInput("id", "give either id or slug");
		}
		LocaleChain chain = this.localeChains.resolve(locale, context);
		return ((id != null) ? this.reader.byId(id, chain, caller) : this.reader.bySlug(slug, chain, caller))
			.orElse(null);
	}

	@QueryMapping
	Connection<ArticleView> articles(@Argument @Nullable Locale locale, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Integer last, @Argument @Nullable String before,
			@Argument @Nullable String tag, @Argument @Nullable String author, @Argument @Nullable String section,
			@Argument @Nullable Boolean includeSubsections, @Argument @Nullable ArticleStatus status,
			@Argument @Nullable ArticleOrder orderBy, @ContextValue Caller caller, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		PageRequest page = PageRequest.of(this.paging, first, after, last, before);
		LocaleChain chain = this.localeChains.resolve(locale, context);
		String tagId = null;
		if (tag != null) {
			Tag found = this.tags.findBySlug(tag).orElse(null);
			if (found == null) {
				return Connection.empty();
			}
			tagId = found.id();
		}
		String authorId = null;
		if (author != null) {
			Author found = this.authors.findBySlug(author).orElse(null);
			if (found == null) {
				return Connection.empty();
			}
			authorId = found.id();
		}
		Set<String> sectionIds = null;
		if (section != null) {
			SectionTree tree = this.sections.tree();
			Section found = tree.bySlug(section);
			if (found == null) {
				return Connection.empty();
			}
			sectionIds = Boolean.TRUE.equals(includeSubsections) ? tree.withDescendants(found.id())
					: Set.of(found.id());
		}
		return Connection.of(
				this.reader.list(new ArticleFilter(status, tagId, authorId, sectionIds, orderBy), chain,
						page.position(), page.size(), caller, ArticleReader.ListedFields.selectedIn(selection, false)),
				page);
	}

	@SchemaMapping(typeName = "Article")
	String publishedAtFormatted(ArticleView article, @Argument @Nullable DateStyle style) {
		if (article.publishedAt() == null) {
			return null;
		}
		return this.dates.format(article.publishedAt(), article.chain().requested(),
				(style != null) ? style : DateStyle.LONG);
	}

	/** The tags of a whole page of articles, from the tag cache or one query. */
	@BatchMapping(typeName = "Article")
	Map<ArticleView, List<TagView>> tags(List<ArticleView> views) {
		return referenced(views, Article::getTagIds, this.tags::findAllById, TagView::of);
	}

	/**
	 * The bylines of a whole page of articles: the authors in the order credited, from
	 * the author cache or one query.
	 */
	@BatchMapping(typeName = "Article")
	Map<ArticleView, List<AuthorView>> authors(List<ArticleView> views) {
		return referenced(views, Article::getAuthorIds, this.authors::findAllById, AuthorView::of);
	}

	/**
	 * What each article of a page refers to by id, in its order, read for the whole page
	 * at once; ids that name nothing (any more) are left out.
	 */
	private static <T, V> Map<ArticleView, List<V>> referenced(List<ArticleView> views,
			Function<Article, List<String>> idsOf, Function<Set<String>, Map<String, T>> findAllById,
			BiFunction<T, LocaleChain, V> viewOf) {
		Map<String, T> byId = findAllById
			.apply(views.stream().flatMap(view -> idsOf.apply(view.article()).stream()).collect(Collectors.toSet()));
		Map<ArticleView, List<V>> result = new LinkedHashMap<>();
		for (ArticleView view : views) {
			result.put(view,
					idsOf.apply(view.article())
						.stream()
						.map(byId::get)
						.filter(java.util.Objects::nonNull)
						.map(found -> viewOf.apply(found, view.chain()))
						.toList());
		}
		return result;
	}

	@MutationMapping
	@EditorsOnly
	ArticleView createArticle(@Argument @Valid CreateArticleInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return view(this.articles.create(input, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView updateArticle(@Argument String id, @Argument long expectedVersion,
			@Argument @Valid UpdateArticleInput input, @ContextValue Caller caller, GraphQLContext context) {
		return view(this.articles.update(id, expectedVersion, input, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView putTranslation(@Argument String articleId, @Argument long expectedVersion,
			@Argument @Valid TranslationInput translation, @ContextValue Caller caller, GraphQLContext context) {
		return view(this.articles.putTranslation(articleId, expectedVersion, translation, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView removeTranslation(@Argument String articleId, @Argument long expectedVersion, @Argument Locale locale,
			@ContextValue Caller caller, GraphQLContext context) {
		return view(this.articles.removeTranslation(articleId, expectedVersion, locale.toLanguageTag(), caller),
				context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView publishArticle(@Argument String id, @Argument @Nullable Instant at, @ContextValue Caller caller,
			GraphQLContext context) {
		return view(this.publishing.publish(id, at, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView archiveArticle(@Argument String id, @ContextValue Caller caller, GraphQLContext context) {
		return view(this.publishing.archive(id, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView releaseSlug(@Argument String articleId, @Argument Locale locale, @Argument String slug,
			@ContextValue Caller caller, GraphQLContext context) {
		return view(this.articles.releaseSlug(articleId, locale.toLanguageTag(), slug, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	PreviewLinks.PreviewLink createPreviewLink(@Argument String articleId, @Argument @Nullable Locale locale,
			@Argument @Nullable Integer expiresIn, @ContextValue Caller caller) {
		return this.previews.create(articleId, (locale != null) ? locale.toLanguageTag() : null, expiresIn, caller);
	}

	@MutationMapping
	@EditorsOnly
	boolean revokePreviewLinks(@Argument String articleId) {
		return this.previews.revoke(articleId);
	}

	/**
	 * Read-only access to one article in any status, for whoever holds a valid preview
	 * token.
	 */
	@QueryMapping
	ArticleView preview(@Argument String token, GraphQLContext context) {
		ResponseCaching.forbidStoring(context);
		return this.previews.open(token);
	}

	/**
	 * The status as readers see it: a scheduled article whose time has come is published.
	 */
	@SchemaMapping(typeName = "Article")
	ArticleStatus status(ArticleView article) {
		return this.visibility.statusOf(article.article());
	}

	@MutationMapping
	@EditorsOnly
	ArticleView unpublishArticle(@Argument String id, @ContextValue Caller caller, GraphQLContext context) {
		return view(this.publishing.unpublish(id, caller), context);
	}

	private ArticleView view(Article article, GraphQLContext context) {
		return ArticleView.of(article, this.localeChains.resolve(null, context));
	}

}
