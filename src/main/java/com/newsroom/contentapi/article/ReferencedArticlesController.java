package com.newsroom.contentapi.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.newsroom.contentapi.author.AuthorView;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.section.SectionView;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The articles under what articles refer to ({@code Tag.articles},
 * {@code Tag.articleCount}, {@code Author.articles}, {@code Author.articleCount}): the
 * tag and author packages do not know articles, so the fields that join them live here,
 * each loaded for all tags or authors of a response at once.
 */
@Controller
class ReferencedArticlesController {

	/**
	 * The loader of {@code Tag.articles}: the lists of all tags of a response at once.
	 */
	static final String TAG_ARTICLES = "tagArticles";

	/** The loader of {@code Author.articles}. */
	static final String AUTHOR_ARTICLES = "authorArticles";

	/** The loader of {@code Section.articles}. */
	static final String SECTION_ARTICLES = "sectionArticles";

	private final ArticleReader reader;

	private final PagingProperties paging;

	private final SectionService sections;

	ReferencedArticlesController(ArticleReader reader, PagingProperties paging, SectionService sections,
			BatchLoaderRegistry loaders) {
		this.reader = reader;
		this.paging = paging;
		this.sections = sections;
		register(loaders, TAG_ARTICLES, ArticleReference.TAG);
		register(loaders, AUTHOR_ARTICLES, ArticleReference.AUTHOR);
		register(loaders, SECTION_ARTICLES, ArticleReference.SECTION);
	}

	private void register(BatchLoaderRegistry loaders, String name, ArticleReference reference) {
		loaders.<ParentScroll, Listing<ArticleView>>forName(name)
			.registerMappedBatchLoader((keys, environment) -> Mono
				.fromSupplier(() -> articlesPer(reference, keys, environment.getKeyContexts())));
	}

	/**
	 * Published articles per tag, for a whole list of tags in one aggregation per chain.
	 */
	@BatchMapping(typeName = "Tag")
	Map<TagView, Long> articleCount(List<TagView> views) {
		return countPer(ArticleReference.TAG, views, TagView::id, TagView::chain);
	}

	/** Published articles per author, for a whole list of authors at once. */
	@BatchMapping(typeName = "Author", field = "articleCount")
	Map<AuthorView, Long> authorArticleCount(List<AuthorView> views) {
		return countPer(ArticleReference.AUTHOR, views, AuthorView::id, AuthorView::chain);
	}

	private <V> Map<V, Long> countPer(ArticleReference reference, List<V> views, Function<V, String> id,
			Function<V, LocaleChain> chainOf) {
		Map<V, Long> result = new LinkedHashMap<>();
		views.stream().collect(Collectors.groupingBy(chainOf)).forEach((chain, sameChain) -> {
			Map<String, Long> counts = this.reader.publishedCountPer(reference, sameChain.stream().map(id).toList(),
					chain);
			sameChain.forEach(view -> result.put(view, counts.getOrDefault(id.apply(view), 0L)));
		});
		return result;
	}

	/**
	 * A tag's published articles, newest first: the lists of every tag of a response are
	 * one query ({@link #TAG_ARTICLES}), grouped by what they are read through (the tag's
	 * locale chain, the fields selected).
	 */
	@SchemaMapping(typeName = "Tag")
	CompletableFuture<Connection<ArticleView>> articles(TagView tag, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingFieldSelectionSet selection,
			DataLoader<ParentScroll, Listing<ArticleView>> tagArticles) {
		return page(tagArticles, tag.id(), tag.chain(), false, first, after, selection);
	}

	/** An author's published articles, newest first, like a tag's. */
	@SchemaMapping(typeName = "Author", field = "articles")
	CompletableFuture<Connection<ArticleView>> authorArticles(AuthorView author, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingFieldSelectionSet selection,
			DataLoader<ParentScroll, Listing<ArticleView>> authorArticles) {
		return page(authorArticles, author.id(), author.chain(), false, first, after, selection);
	}

	/**
	 * A section's published articles, newest first, with those of its subsections when
	 * asked; the lists of every section of a response are one query.
	 */
	@SchemaMapping(typeName = "Section", field = "articles")
	CompletableFuture<Connection<ArticleView>> sectionArticles(SectionView section, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @Argument @Nullable Boolean includeSubsections,
			DataFetchingFieldSelectionSet selection, DataLoader<ParentScroll, Listing<ArticleView>> sectionArticles) {
		return page(sectionArticles, section.id(), section.chain(), Boolean.TRUE.equals(includeSubsections), first,
				after, selection);
	}

	private CompletableFuture<Connection<ArticleView>> page(DataLoader<ParentScroll, Listing<ArticleView>> loader,
			String parentId, LocaleChain chain, boolean withSubsections, @Nullable Integer first,
			@Nullable String after, DataFetchingFieldSelectionSet selection) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return loader
			.load(page.under(parentId),
					new ParentListing(chain, ArticleReader.ListedFields.selectedIn(selection, false), withSubsections))
			.thenApply(listing -> Connection.of(listing, page));
	}

	/**
	 * What the articles under a tag, author or section are read through, and whether a
	 * section's list gathers its subsections'; lists with the same are loaded together.
	 */
	private record ParentListing(LocaleChain chain, ArticleReader.ListedFields listed, boolean withSubsections) {
	}

	private Function<String, Set<String>> idsOf(ParentListing listing) {
		if (!listing.withSubsections()) {
			return Set::of;
		}
		SectionTree tree = this.sections.tree();
		return tree::withDescendants;
	}

	private Map<ParentScroll, Listing<ArticleView>> articlesPer(ArticleReference reference, Set<ParentScroll> keys,
			Map<Object, Object> listings) {
		Map<ParentScroll, Listing<ArticleView>> pages = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(key -> (ParentListing) listings.get(key)))
			.forEach((listing, sameListing) -> pages.putAll(this.reader.listPer(reference, Set.copyOf(sameListing),
					listing.chain(), listing.listed(), idsOf(listing))));
		return pages;
	}

}
