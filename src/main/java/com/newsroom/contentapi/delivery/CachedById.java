package com.newsroom.contentapi.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Small documents that every page of articles refers to by id (tags, authors), kept in
 * memory on each instance: a site has tens or hundreds of them, they change rarely, and
 * reading them from MongoDB would be one more command per page.
 * <p>
 * A change on this instance (a {@link ContentChangedEvent} with the document's key,
 * {@code <prefix><id>}) drops the document at once; a change by another instance arrives
 * through the change stream where MongoDB has one, and in any case the document expires
 * after the configured time ({@code 0} turns the cache off). The owning feature forwards
 * its change events to {@link #changed}.
 *
 * @param <T> the document type
 */
public final class CachedById<T> {

	private final String keyPrefix;

	private final Function<T, String> idOf;

	/** Expiry follows the application clock, so that tests can move past the TTL. */
	private final Cache<String, T> byId;

	/**
	 * Counts changes seen on this instance. A document read from MongoDB is cached only
	 * if no change came in while it was read, so a read that started before a change
	 * cannot put the old document back after the change dropped it.
	 */
	private final AtomicLong changes = new AtomicLong();

	public CachedById(String keyPrefix, Function<T, String> idOf, Duration ttl, Clock clock) {
		this.keyPrefix = keyPrefix;
		this.idOf = idOf;
		this.byId = Caffeine.newBuilder()
			.maximumSize(ttl.isZero() ? 0 : 10_000)
			.expireAfterWrite(ttl)
			.ticker(() -> clock.millis() * 1_000_000)
			.build();
	}

	/**
	 * The documents with these ids: from memory, and those not there with one call of
	 * {@code load}. Unknown ids are left out.
	 */
	public Map<String, T> findAll(Collection<String> ids, Function<List<String>, List<T>> load) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, T> found = new HashMap<>(this.byId.getAllPresent(ids));
		List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
		if (missing.isEmpty()) {
			return found;
		}
		long changesBefore = this.changes.get();
		List<T> loaded = load.apply(missing);
		for (T document : loaded) {
			found.put(this.idOf.apply(document), document);
		}
		if (this.changes.get() == changesBefore) {
			loaded.forEach(document -> this.byId.put(this.idOf.apply(document), document));
		}
		return found;
	}

	/**
	 * Content changed here or elsewhere: drops the documents it names, or every one when
	 * it cannot say.
	 */
	/**
	 * The document if it is in memory; nothing is read (a caller then batches the
	 * misses).
	 */
	public @Nullable T cached(String id) {
		return this.byId.getIfPresent(id);
	}

	public void changed(ContentChangedEvent event) {
		this.changes.incrementAndGet();
		if (event.all()) {
			this.byId.invalidateAll();
		}
		else {
			event.keys()
				.stream()
				.filter(key -> key.startsWith(this.keyPrefix))
				.map(key -> key.substring(this.keyPrefix.length()))
				.forEach(this.byId::invalidate);
		}
	}

}
