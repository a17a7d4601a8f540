package com.newsroom.contentapi.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

import com.newsroom.contentapi.graphql.GraphQlProperties;

import org.springframework.context.event.EventListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whole HTTP responses to anonymous queries, bounded by the bytes they hold and
 * short-lived (Caffeine), keyed by a digest of everything the response depends on (see
 * {@link ResponseCacheKey}) and tagged with the surrogate keys of what they contain. A
 * {@link ContentChangedEvent} drops exactly the responses carrying its keys, at once;
 * when a {@link ContentSchedule} says public content changes (a scheduled article's
 * time), everything cached before is dropped, so that readers see it at once, as without
 * the cache. Only complete, successful responses no larger than {@code max-response-size}
 * are kept.
 */
@Component
public class ResponseCache {

	private final boolean enabled;

	private final long maxResponseBytes;

	private final Cache<String, CachedResponse> responses;

	private final Map<String, Set<String>> keysBySurrogate = new ConcurrentHashMap<>();

	private final List<ContentSchedule> schedules;

	private final Clock clock;

	/**
	 * When public content next changes by itself; responses cached before then are
	 * dropped at that time.
	 */
	@Nullable private volatile Instant nextChange;

	private volatile boolean scheduleKnown;

	/**
	 * Counts invalidations: a response computed across one is not stored, it may predate
	 * the write.
	 */
	private final AtomicLong generation = new AtomicLong();

	/**
	 * Responses being computed after a miss, so that concurrent requests for them wait
	 * instead of executing.
	 */
	private final ConcurrentMap<String, Flight> flights = new ConcurrentHashMap<>();

	ResponseCache(GraphQlProperties properties, List<ContentSchedule> schedules, Clock clock) {
		this.schedules = schedules;
		this.clock = clock;
		GraphQlProperties.ResponseCache settings = properties.responseCache();
		this.enabled = settings.enabled();
		this.maxResponseBytes = settings.maxResponseSize().toBytes();
		this.responses = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((String key, CachedResponse response) -> response.weight())
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

	@Nullable CachedResponse get(String key) {
		if (!this.enabled) {
			return null;
		}
		if (!this.scheduleKnown) {
			refreshSchedule();
		}
		Instant next = this.nextChange;
		if (next != null && !this.clock.instant().isBefore(next)) {
			clear();
			refreshSchedule();
		}
		return this.responses.getIfPresent(key);
	}

	private void refreshSchedule() {
		this.nextChange = this.schedules.stream()
			.map(ContentSchedule::nextChange)
			.flatMap(Optional::stream)
			.min(Instant::compareTo)
			.orElse(null);
		this.scheduleKnown = true;
	}

	/**
	 * After a miss: the first request for a key leads (it executes the query and
	 * {@linkplain #land lands} the response); requests that miss the same key meanwhile
	 * follow and {@linkplain #await wait} for that response instead of running the same
	 * query again, which is what happens on a busy site when a write has just dropped a
	 * popular list. A flight older than {@link #FOLLOW_AT_MOST} is not joined (its leader
	 * may be gone).
	 */
	Ticket board(String key) {
		long current = this.generation.get();
		long now = System.nanoTime();
		Flight mine = new Flight(current, now);
		Flight boarded = this.flights.compute(key, (k, flight) -> (flight == null || flight.generation != current
				|| now - flight.startedNanos > FOLLOW_AT_MOST.toNanos()) ? mine : flight);
		return new Ticket(key, boarded, boarded == mine);
	}

	/**
	 * The leader's response, or {@code null} when it was not cacheable or took too long:
	 * then execute.
	 */
	@Nullable CachedResponse await(Ticket ticket) {
		Flight flight = ticket.flight();
		long waited = System.nanoTime() - flight.startedNanos;
		try {
			return flight.response.get(Math.max(1, FOLLOW_AT_MOST.toNanos() - waited), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			this.flights.remove(ticket.key(), flight);
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
	 * Where a leader's response goes: into the cache, unless something was invalidated
	 * since its computation began or it is too large, and to the requests following its
	 * flight ({@code null}: not cacheable, they execute for themselves).
	 */
	void land(Ticket ticket, @Nullable CachedResponse response) {
		CachedResponse kept = (response != null && response.body().length <= this.maxResponseBytes) ? response : null;
		if (kept != null && ticket.flight().generation == this.generation.get()) {
			put(ticket.key(), kept);
		}
		this.flights.remove(ticket.key(), ticket.flight());
		ticket.flight().response.complete(kept);
	}

	private void put(String key, CachedResponse response) {
		response.surrogateKeys()
			.forEach(surrogate -> this.keysBySurrogate.computeIfAbsent(surrogate, s -> ConcurrentHashMap.newKeySet())
				.add(key));
		this.responses.put(key, response);
	}

	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		if (event.all()) {
			clear();
		}
		else {
			invalidate(event.keys());
		}
		// a write may schedule, publish or unpublish something; asked here, on the
		// write's path, not on a read's
		if (this.enabled) {
			refreshSchedule();
		}
	}

	private void invalidate(Set<String> surrogateKeys) {
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

	/**
	 * How long a request follows another's flight before it executes the query itself.
	 */
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

	/** The flight a request boarded for a key, and whether it leads it. */
	record Ticket(String key, Flight flight, boolean leader) {
	}

	/**
	 * A response as it was sent (body, content type, entity tag, surrogate keys), ready
	 * to send again; its {@code Surrogate-Key} header value is joined once, not on every
	 * hit.
	 */
	record CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys,
			String surrogateKeyHeader) {

		CachedResponse(byte[] body, String contentType, String etag, Set<String> surrogateKeys) {
			this(body, contentType, etag, surrogateKeys, String.join(" ", new TreeSet<>(surrogateKeys)));
		}

		int weight() {
			return this.body.length + this.surrogateKeyHeader.length() * 3 + 256;
		}

	}

}
