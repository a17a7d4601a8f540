package com.newsroom.contentapi.delivery;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import com.newsroom.contentapi.article.ArticleChangedEvent;
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
 * instance; the time-to-live bounds staleness on other instances.
 */
@Component
public class ResponseCache {

	private final boolean enabled;

	private final Cache<String, CachedResponse> responses;

	private final Map<String, Set<String>> keysBySurrogate = new ConcurrentHashMap<>();

	ResponseCache(GraphQlProperties properties) {
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
		return this.enabled ? this.responses.getIfPresent(key) : null;
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
	record CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys) {
	}

}
