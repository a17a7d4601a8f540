package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.newsroom.contentapi.security.Caller;

/**
 * What the search feature may use of articles, and nothing more: which articles a caller
 * may find (the rule is {@link ArticleVisibility}'s), whole articles by id, and walks
 * over every article or those changed since an instant, to build and catch up its index.
 * Search owns its index, its ranking and its cache keys.
 */
@Component
public class ArticleSearchPort {

	private final ArticleStore store;

	private final ArticleVisibility visibility;

	ArticleSearchPort(ArticleStore store, ArticleVisibility visibility) {
		this.store = store;
		this.visibility = visibility;
	}

	/** The stored statuses (and publication times) this caller may find now. */
	public ArticleVisibility.Findable findableBy(Caller caller) {
		return this.visibility.findableBy(caller);
	}

	/**
	 * Articles by id, in no particular order, for reading only: the translations in
	 * {@code locales} (every one if {@code listed} says so) with the fields it selects,
	 * without draft translations unless the caller may find them.
	 */
	public List<Article> findAllById(Collection<String> ids, Collection<String> locales,
			ArticleReader.ListedFields listed, ArticleVisibility.Findable findable) {
		List<Article> found = this.store.findAllById(ids, locales, listed);
		return findable.draftTranslations() ? found : found.stream().map(Article::withoutDraftTranslations).toList();
	}

	/** An article whatever its status, trash included; empty once purged. */
	public Optional<Article> findAnyById(String id) {
		return this.store.findById(id);
	}

	/**
	 * One batch of articles after {@code afterId} in id order, without the Markdown and
	 * HTML bodies (the plain text stays); for reading only.
	 */
	public List<Article> batchAfter(@Nullable String afterId, int size) {
		return this.store.batchAfter(afterId, size);
	}

	/**
	 * One batch of the articles changed at or after {@code since}, after {@code afterId}
	 * in id order, as {@link #batchAfter} reads them.
	 */
	public List<Article> changedSince(Instant since, @Nullable String afterId, int size) {
		return this.store.changedSince(since, afterId, size);
	}

	/** How many articles are stored, trash included. */
	public long count() {
		return this.store.count();
	}

}
