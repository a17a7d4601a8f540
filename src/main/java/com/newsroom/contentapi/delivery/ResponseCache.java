package com.newsroom.contentapi.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

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

	/** Counts invalidations: a response computed across one is not stored, it may predate the write. */
	private final AtomicLong generation = new AtomicLong();

	/** Responses being computed after a miss, so that concurrent requests for them wait instead of executing. */
	private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

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

	/** The invalidation count to pass to {@link #land} for a response computed from now on. */
	long generation() {
		return this.generation.get();
	}

	/**
	 * After a miss: the first request for a key leads (it executes the query and {@linkplain #land lands} the
	 * response); requests that miss the same key meanwhile follow and {@linkplain #await wait} for that response
	 * instead of running the same query again, which is what happens on a busy site when a write has just
	 * dropped a popular list. A flight older than {@link #FOLLOW_AT_MOST} is not joined (its leader may be gone).
	 * {@code null} when the cache is off.
	 */
	Ticket board(String key) {
		if (!this.enabled) {
			return null;
		}
		long current = this.generation.get();
		long now = System.nanoTime();
		Flight mine = new Flight(current, now);
		Flight boarded = this.flights.compute(key,
				(k, flight) -> (flight == null || flight.generation != current
						|| now - flight.startedNanos > FOLLOW_AT_MOST.toNanos()) ? mine : flight);
		return new Ticket(boarded, boarded == mine);
	}

	/** The leader's response, or {@code null} when it was not cacheable or took too long: then execute. */
	CachedResponse await(String key, Flight flight) {
		long waited = System.nanoTime() - flight.startedNanos;
		try {
			return flight.response.get(Math.max(1, FOLLOW_AT_MOST.toNanos() - waited), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			this.flights.remove(key, flight);
			return null;
		}
		catch (ExecutionException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Where a response computed after a miss goes: into the cache, unless something was invalidated since its
	 * computation began ({@code generation}), and to the requests following its flight ({@code null} response:
	 * not cacheable, they execute for themselves).
	 */
	void land(String key, long generation, Flight flight, CachedResponse response) {
		if (response != null && generation == this.generation.get()) {
			put(key, response);
		}
		if (flight != null) {
			this.flights.remove(key, flight);
			flight.response.complete(response);
		}
	}

	private void put(String key, CachedResponse response) {
		if (!this.enabled) {
			return;
		}
		response.surrogateKeys()
			.forEach(surrogate -> this.keysBySurrogate.computeIfAbsent(surrogate, s -> ConcurrentHashMap.newKeySet())
				.add(key));
		this.responses.put(key, response);
	}

	void invalidate(String... surrogateKeys) {
		this.generation.incrementAndGet();
		for (String surrogate : surrogateKeys) {
			Set<String> keys = this.keysBySurrogate.remove(surrogate);
			if (keys != null) {
				this.responses.invalidateAll(keys);
			}
		}
	}

	/** Empties the cache (for tests and operators after a bulk import). */
	public void clear() {
		this.generation.incrementAndGet();
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
		if (event.tagId() == null) {
			clear();
		}
		else {
			invalidate("tag:" + event.tagId(), "tags");
		}
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

	/** How long a request follows another's flight before it executes the query itself. */
	static final Duration FOLLOW_AT_MOST = Duration.ofSeconds(10);

	/** A response being computed by the request that missed it first. */
	static final class Flight {

		private final long generation;

		private final long startedNanos;

		private final CompletableFuture<CachedResponse> response = new CompletableFuture<>();

		Flight(long generation, long startedNanos) {
			this.generation = generation;
			this.startedNanos = startedNanos;
		}

	}

	/** The flight a request boarded, and whether it leads it. */
	record Ticket(Flight flight, boolean leader) {
	}

	/**
	 * A response as it was sent (body, content type, entity tag, surrogate keys), ready to send again; its
	 * {@code Surrogate-Key} header value is joined once, not on every hit.
	 */
	record CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys,
			String surrogateKeyHeader) {

		CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys) {
			this(body, contentType, etag, surrogateKeys, String.join(" ", new TreeSet<>(surrogateKeys)));
		}

	}

}
