package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reading articles through a locale chain. The chain decides what a reader sees
 * everywhere alike: a list or a count includes an article when one of its translations is
 * in the chain ({@code locales $in chain}), and the article is served in the first of
 * them. Anonymous readers see published articles only; editors may ask for other
 * statuses. Articles in the trash are seen by nobody here except through {@link #trash}:
 * every read by status leaves them out, and every read by id, slug or search text checks
 * it: {@link ArticleVisibility} decides what each caller sees.
 */
@Service
public class ArticleReader {

	private final ArticleStore store;

	private final LocaleCatalog locales;

	private final ArticleVisibility visibility;

	ArticleReader(ArticleStore store, LocaleCatalog locales, ArticleVisibility visibility) {
		this.store = store;
		this.locales = locales;
		this.visibility = visibility;
	}

	public Optional<ArticleView> byId(String id, LocaleChain chain, Caller caller) {
		return this.store.findById(id)
			.filter(article -> this.visibility.isVisibleTo(article, caller))
			.map(article -> ArticleView.of(this.visibility.asSeenBy(article, caller), chain));
	}

	/**
	 * Articles by id as this caller may see them, without bodies, in one query (for lists
	 * of links such as menus); unknown ones and those the caller may not read are left
	 * out.
	 */
	public Map<String, ArticleView> byIds(Collection<String> ids, LocaleChain chain, Caller caller) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, ArticleView> views = new java.util.HashMap<>();
		for (Article article : this.store.findAllById(ids, chain.tags(), new ListedFields(false, true, false))) {
			if (this.visibility.isVisibleTo(article, caller)) {
				views.put(article.getId(), ArticleView.of(this.visibility.asSeenBy(article, caller), chain));
			}
		}
		return views;
	}

	/**
	 * Any article, whatever its status, unless it is in the trash (for editors' tools and
	 * preview links).
	 */
	public Optional<Article> anyById(String id) {
		return this.store.findById(id).filter(article -> !article.isTrashed());
	}

	/**
	 * The article as this caller may see it: {@code empty} when the caller could not read
	 * it by id (a draft for a moderator, anything in the trash). For writes whose result
	 * must not show more than a read would.
	 */
	public Optional<ArticleView> asSeenBy(Article article, LocaleChain chain, Caller caller) {
		return Optional.of(article)
			.filter(a -> this.visibility.isVisibleTo(a, caller))
			.map(a -> ArticleView.of(this.visibility.asSeenBy(a, caller), chain));
	}

	/**
	 * A published article, whatever the locale (for features that attach to articles,
	 * such as comments); never one in the trash.
	 */
	public Optional<Article> publishedById(String id) {
		return this.store.findById(id).filter(this.visibility::isPublic).map(Article::withoutDraftTranslations);
	}

	/**
	 * The article whose translation in the reader's chain has this slug; failing that,
	 * the article that has the slug in any locale. One indexed query: slugs are stored as
	 * {@code locale:slug} keys.
	 */
	public Optional<ArticleView> bySlug(String slug, LocaleChain chain, Caller caller) {
		String wanted = Slugs.forLookup(slug);
		if (wanted.isEmpty()) {
			return Optional.empty();
		}
		List<String> keys = this.locales.supported().stream().map(locale -> Article.slugKey(locale, wanted)).toList();
		return this.store.findBySlugKeys(keys)
			.stream()
			.filter(article -> this.visibility.isVisibleTo(article, caller))
			.map(article -> this.visibility.asSeenBy(article, caller))
			.filter(article -> hasSlug(article, wanted))
			.min(Comparator.comparingInt(article -> chainRank(article, wanted, chain)))
			.map(article -> ArticleView.of(article, chain).requestedBy(wanted));
	}

	/**
	 * Whether a translation of the article as seen has the slug, or had it (a draft
	 * translation's slug finds nothing for readers).
	 */
	private static boolean hasSlug(Article article, String slug) {
		return article.getTranslations().values().stream().anyMatch(t -> t.slug().equals(slug))
				|| article.getRetiredSlugKeys().stream().anyMatch(key -> key.endsWith(":" + slug));
	}

	/**
	 * Where the slug sits in the chain: a current slug ranks before a retired one of the
	 * same locale.
	 */
	private static int chainRank(Article article, String slug, LocaleChain chain) {
		for (int i = 0; i < chain.tags().size(); i++) {
			String locale = chain.tags().get(i);
			Translation translation = article.getTranslations().get(locale);
			if (translation != null && translation.slug().equals(slug)) {
				return 2 * i;
			}
			if (article.getRetiredSlugKeys().contains(Article.slugKey(locale, slug))) {
				return 2 * i + 1;
			}
		}
		return Integer.MAX_VALUE;
	}

	public Listing<ArticleView> list(ArticleFilter filter, LocaleChain chain, KeysetScrollPosition position, int size,
			Caller caller, ListedFields listed) {
		ArticleStatus status = visibleStatus(filter.status(), caller);
		Criteria criteria = this.visibility.criteria(status)
			.and(ArticleVisibility.localesField(status))
			.in(chain.tags());
		if (filter.tagId() != null) {
			criteria = criteria.and(ArticleReference.TAG.field).is(filter.tagId());
		}
		if (filter.authorId() != null) {
			criteria = criteria.and(ArticleReference.AUTHOR.field).is(filter.authorId());
		}
		if (filter.sectionIds() != null) {
			criteria = criteria.and(ArticleReference.SECTION.field).in(filter.sectionIds());
		}
		ArticleOrder order = (filter.order() != null) ? filter.order() : ArticleOrder.NEWEST;
		String field = order.fieldFor(status);
		KeysetWindows.SortKey<Article> sortKey = new KeysetWindows.SortKey<>(field, order.direction,
				article -> sortValue(article, field), Article::getId);
		return this.store.window(criteria, sortKey, position, size, listed, chain.tags())
			.map(article -> ArticleView.of(this.visibility.asSeenBy(article, caller), chain));
	}

	/**
	 * The published articles of several tags or authors, newest first, a page of each,
	 * through one chain, in one query (for {@code Tag.articles} of a list of tags).
	 */
	Map<ParentScroll, Listing<ArticleView>> listPer(ArticleReference reference, Set<ParentScroll> scrolls,
			LocaleChain chain, ListedFields listed) {
		return listPer(reference, scrolls, chain, listed, Set::of);
	}

	/**
	 * Like {@link #listPer(ArticleReference, Set, LocaleChain, ListedFields)}, for
	 * parents whose lists gather several ids (a section and its subsections).
	 */
	Map<ParentScroll, Listing<ArticleView>> listPer(ArticleReference reference, Set<ParentScroll> scrolls,
			LocaleChain chain, ListedFields listed, java.util.function.Function<String, Set<String>> idsOf) {
		Criteria criteria = this.visibility.criteria(ArticleStatus.PUBLISHED)
			.and(ArticleVisibility.localesField(ArticleStatus.PUBLISHED))
			.in(chain.tags());
		KeysetWindows.SortKey<Article> newest = new KeysetWindows.SortKey<>("publishedAt", Sort.Direction.DESC,
				Article::getPublishedAt, Article::getId);
		Map<ParentScroll, Listing<ArticleView>> lists = new java.util.HashMap<>();
		this.store.windowsPer(reference, criteria, newest, scrolls, listed, chain.tags(), idsOf)
			.forEach((scroll, listing) -> lists.put(scroll,
					listing.map(article -> ArticleView.of(article.withoutDraftTranslations(), chain))));
		return lists;
	}

	/**
	 * The trash, most recently trashed first, for editors: every article in it whatever
	 * its locales, each served through the chain (or in its original language), with
	 * every translation read.
	 */
	public Listing<ArticleView> trash(LocaleChain chain, KeysetScrollPosition position, int size, boolean bodies) {
		KeysetWindows.SortKey<Article> sortKey = new KeysetWindows.SortKey<>("trashedAt", Sort.Direction.DESC,
				Article::getTrashedAt, Article::getId);
		return this.store
			.window(this.visibility.criteria(ArticleStatus.TRASHED), sortKey, position, size,
					new ListedFields(bodies, true, false), chain.tags())
			.map(article -> ArticleView.of(article, chain));
	}

	/**
	 * Published articles per tag or author as seen through the chain, for
	 * {@code Tag.articleCount} of many tags at once.
	 */
	Map<String, Long> publishedCountPer(ArticleReference reference, Collection<String> ids, LocaleChain chain) {
		Criteria criteria = this.visibility.criteria(ArticleStatus.PUBLISHED)
			.and(ArticleVisibility.localesField(ArticleStatus.PUBLISHED))
			.in(chain.tags());
		return this.store.countPer(reference, criteria, ids);
	}

	private static Object sortValue(Article article, String field) {
		return switch (field) {
			case "publishedAt" -> article.getPublishedAt();
			default -> article.getUpdatedAt();
		};
	}

	/**
	 * {@code null} means published; other statuses are for editors only, and the trash is
	 * listed by {@link #trash} alone (ordered by when articles were trashed, in every
	 * locale).
	 */
	private static ArticleStatus visibleStatus(@Nullable ArticleStatus requested, Caller caller) {
		if (requested == null || requested == ArticleStatus.PUBLISHED) {
			return ArticleStatus.PUBLISHED;
		}
		if (!caller.hasAny(Role.EDITOR)) {
			if (caller.isAnonymous()) {
				throw ApiException.unauthenticated();
			}
			throw ApiException.forbidden("Only editors may list articles with status " + requested);
		}
		if (requested == ArticleStatus.TRASHED) {
			throw ApiException.badInput("status", "articles in the trash are listed by trashedArticles");
		}
		return requested;
	}

	/**
	 * What a list query reads of its articles beyond the fields of the translation it
	 * serves: the bodies, and every translation (for {@code Article.translations}, the
	 * hreflang links); both stay in the database unless selected.
	 */
	public record ListedFields(boolean bodies, boolean everyTranslation, boolean plainText) {

		/**
		 * What a connection's selection asks of its articles ({@code edges/node/...}),
		 * with the plain text of the body read too when {@code plainText}.
		 */
		public static ListedFields selectedIn(DataFetchingFieldSelectionSet selection, boolean plainText) {
			return new ListedFields(selection.contains("edges/node/body"),
					selection.contains("edges/node/translations"), plainText);
		}

	}

	/**
	 * What a list is filtered and ordered by; {@code tagId} and {@code authorId} are
	 * already resolved from their slugs.
	 */
	public record ArticleFilter(@Nullable ArticleStatus status, @Nullable String tagId, @Nullable String authorId,
			@Nullable Set<String> sectionIds, @Nullable ArticleOrder order) {
	}

}
