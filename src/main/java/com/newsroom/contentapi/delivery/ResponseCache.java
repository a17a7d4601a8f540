package com.newsroom.contentapi.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import com.newsroom.contentapi.article.ArticleChangedEvent;
import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticlesReindexedEvent;
import com.newsroom.contentapi.comment.CommentModeratedEvent;
import com.newsroom.contentapi.comment.CommentPostedEvent;
import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.tag.TagChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whole HTTP responses to anonymous queries, bounded and short-lived (Caffeine), tagged with the surrogate keys
 * of what they contain ({@code article:<id>}, {@code tag:<id>}, {@code articles} for lists of articles,
 * {@code tags} for lists of tags). A write invalidates exactly the responses carrying its keys, at once, on this
 * instance; the time-to-live bounds staleness on other instances. When the publication time of a scheduled
 * article passes, everything cached before is dropped, so that readers see it at once, as without the cache.
 */
@Component
public class ResponseCache {

	private final boolean enabled;

	private final Cache<String, CachedResponse> responses;

	private final Map<String, Set<String>> keysBySurrogate = new ConcurrentHashMap<>();

	private final ArticleReader articles;

	private final Clock clock;

	/** When the next scheduled article becomes visible; responses cached before then are dropped at that time. */
	private volatile Optional<Instant> nextScheduled;

	ResponseCache(GraphQlProperties properties, ArticleReader articles, Clock clock) {
		this.articles = articles;
		this.clock = clock;
		GraphQlProperties.ResponseCache settings = properties.responseCache();
		this.enabled = settings.enabled();
		this.responses = Caffeine.newBuilder()
			.maximumSize(settings.maxEntries())
			.expireAfterWrite(settings.ttl())
			.removalListener((String key, CachedResponse response, RemovalCause cause) -> {
				if (response != null) {
					response.surrogateKeys().forEach(surrogate -> forget(surrogate, key));
				}
			})
			.build();
	}

	boolean enabled() {
		return this.enabled;
	}

	CachedResponse get(String key) {
		if (!this.enabled) {
			return null;
		}
		Optional<Instant> next = this.nextScheduled;
		if (next == null) {
			refreshSchedule();
		}
		else if (next.isPresent() && !this.clock.instant().isBefore(next.get())) {
			// a scheduled article has just become visible: lists cached before are out of date
			clear();
			refreshSchedule();
		}
		return this.responses.getIfPresent(key);
	}

	private void refreshSchedule() {
		this.nextScheduled = this.articles.nextScheduledPublication();
	}

	void put(String key, CachedResponse response) {
		if (!this.enabled) {
			return;
		}
		response.surrogateKeys()
			.forEach(surrogate -> this.keysBySurrogate.computeIfAbsent(surrogate, s -> ConcurrentHashMap.newKeySet())
				.add(key));
		this.responses.put(key, response);
	}

	void invalidate(String... surrogateKeys) {
		for (String surrogate : surrogateKeys) {
			Set<String> keys = this.keysBySurrogate.remove(surrogate);
			if (keys != null) {
				this.responses.invalidateAll(keys);
			}
		}
	}

	/** Empties the cache (for tests and operators after a bulk import). */
	public void clear() {
		this.responses.invalidateAll();
		this.keysBySurrogate.clear();
	}

	private void forget(String surrogate, String key) {
		Set<String> keys = this.keysBySurrogate.get(surrogate);
		if (keys != null) {
			keys.remove(key);
		}
	}

	@EventListener
	void onArticleChanged(ArticleChangedEvent event) {
		invalidate("article:" + event.articleId(), "articles");
		if (this.enabled) {
			refreshSchedule();
		}
	}

	@EventListener
	void onArticlesReindexed(ArticlesReindexedEvent event) {
		clear();
	}

	@EventListener
	void onTagChanged(TagChangedEvent event) {
		invalidate("tag:" + event.tagId(), "tags");
	}

	@EventListener
	void onCommentModerated(CommentModeratedEvent event) {
		invalidate("article:" + event.articleId(), "comment:" + event.commentId());
	}

	@EventListener
	void onCommentPosted(CommentPostedEvent event) {
		if (event.approved()) {
			invalidate("article:" + event.articleId());
		}
	}

	/** A response as it was sent: its body, content type, entity tag and surrogate keys. */
	/** A response ready to send again; its {@code Surrogate-Key} header value is joined once, not per hit. */
	record CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys,
			String surrogateKeyHeader) {

		CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys) {
			this(body, contentType, etag, surrogateKeys, String.join(" ", new java.util.TreeSet<>(surrogateKeys)));
		}

	}

}
