package com.newsroom.contentapi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleCacheKeys;
import com.newsroom.contentapi.article.ArticleDeletedEvent;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.delivery.ContentChangedEvent;

/**
 * Keeps the {@link LuceneIndex} in step with MongoDB. Every change that names an article
 * ({@link ContentChangedEvent}s with {@code article:<id>}: this instance's writes, and
 * other instances' through the change stream) re-reads that article and replaces its
 * document; a change that names nothing catches up from the checkpoint. At start the
 * index is rebuilt when it does not hold as many articles as the store (missing, of
 * another format, or an article purged while it was closed), and otherwise catches up
 * with the articles changed since its checkpoint (minus a margin for clocks of other
 * instances), so a crash between a MongoDB write and the index update heals then.
 * {@link #rebuild} rebuilds in the background while queries go on, reporting progress.
 */
@Component
class SearchIndexer implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 500;

	/**
	 * How far before the checkpoint a catch-up starts (writes of instances whose clocks
	 * lag).
	 */
	private static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(5);

	private final LuceneIndex index;

	private final ArticleSearchPort articles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.idle());

	private volatile boolean running;

	/** The articles put while a rebuild runs (by the walk or by writes meanwhile). */
	private volatile java.util.@Nullable Set<String> rebuilding;

	SearchIndexer(LuceneIndex index, ArticleSearchPort articles, ApplicationEventPublisher events, Clock clock) {
		this.index = index;
		this.articles = articles;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void start() {
		resync();
		this.running = true;
	}

	/**
	 * Rebuilds the index when it does not hold as many articles as the store, else
	 * catches up from its checkpoint.
	 */
	private void resync() {
		long stored = this.articles.count();
		int indexed = this.index.size();
		if (indexed != stored) {
			logger.info("Search index at {} holds {} articles, the store {}: rebuilding it", this.index.location(),
					indexed, stored);
			rebuildNow();
		}
		else {
			int caughtUp = catchUp(this.index.checkpoint().minus(CATCH_UP_MARGIN));
			logger.debug("Search index at {} holds {} articles; {} re-read since its checkpoint", this.index.location(),
					indexed, caughtUp);
		}
	}

	/**
	 * Before the web server starts, so that no search meets an index still catching up.
	 */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 4096;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * First among the listeners, so that the index has the change before the response
	 * cache drops the responses it affects (a request in between would cache the old
	 * results again).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onContentChanged(ContentChangedEvent event) {
		if (event.all()) {
			resync();
			return;
		}
		boolean changed = false;
		for (String key : event.keys()) {
			String id = ArticleCacheKeys.articleIdOf(key).orElse(null);
			if (id != null) {
				java.util.Set<String> seen = this.rebuilding;
				if (seen != null) {
					seen.add(id);
				}
				this.articles.findAnyById(id).ifPresentOrElse(this.index::put, () -> this.index.remove(id));
				changed = true;
			}
		}
		if (changed) {
			this.index.refresh();
		}
	}

	@EventListener
	void onArticleDeleted(ArticleDeletedEvent event) {
		this.index.remove(event.articleId());
		this.index.refresh();
	}

	/** Re-reads the articles changed since an instant; returns how many. */
	private int catchUp(Instant since) {
		int count = 0;
		String lastId = null;
		List<Article> batch;
		do {
			batch = this.articles.changedSince(since, lastId, BATCH);
			for (Article article : batch) {
				this.index.put(article);
				lastId = article.getId();
				count++;
			}
		}
		while (batch.size() == BATCH);
		this.index.refresh();
		return count;
	}

	/**
	 * Starts rebuilding the whole index from MongoDB in the background, unless a rebuild
	 * is running; queries keep being answered from the index as it is.
	 * @return the progress at the start
	 */
	Progress rebuild() {
		Progress started = Progress.started(this.articles.count(), this.clock.instant());
		Progress before = this.progress.get();
		if (before.running() || !this.progress.compareAndSet(before, started)) {
			return this.progress.get();
		}
		Thread thread = new Thread(() -> {
			try {
				rebuildNow();
			}
			catch (RuntimeException ex) {
				logger.error("Search index rebuild failed", ex);
				this.progress.updateAndGet(p -> p.failed(this.clock.instant()));
			}
		}, "search-index-rebuild");
		thread.setDaemon(true);
		thread.start();
		return started;
	}

	Progress progress() {
		return this.progress.get();
	}

	/**
	 * While a rebuild runs, what it has indexed becomes searchable this often (each
	 * refresh writes a segment).
	 */
	private static final long REBUILD_REFRESH_NANOS = 2_000_000_000L;

	/**
	 * Puts every article again, then removes the documents of articles that are gone;
	 * writes made meanwhile are put by their own events. The next batch is read from
	 * MongoDB while this one is indexed.
	 */
	private synchronized void rebuildNow() {
		Instant startedAt = this.clock.instant();
		this.progress.updateAndGet(p -> p.running() ? p : Progress.started(this.articles.count(), startedAt));
		java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
		this.rebuilding = seen;
		CompletableFuture<List<Article>> next = CompletableFuture
			.supplyAsync(() -> this.articles.batchAfter(null, BATCH));
		List<Article> batch;
		long refreshed = System.nanoTime();
		do {
			batch = next.join();
			if (batch.size() == BATCH) {
				String lastId = batch.get(batch.size() - 1).getId();
				next = CompletableFuture.supplyAsync(() -> this.articles.batchAfter(lastId, BATCH));
			}
			for (Article article : batch) {
				this.index.put(article);
				seen.add(article.getId());
			}
			int done = seen.size();
			this.progress.updateAndGet(p -> p.advanced(done));
			if (System.nanoTime() - refreshed > REBUILD_REFRESH_NANOS) {
				this.index.refresh();
				refreshed = System.nanoTime();
			}
		}
		while (batch.size() == BATCH);
		this.index.removeAllBut(seen);
		this.rebuilding = null;
		this.index.refresh();
		try {
			this.index.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.progress.updateAndGet(p -> p.finished(this.clock.instant()));
		this.events.publishEvent(ContentChangedEvent.of(ArticleCacheKeys.ARTICLES));
		logger.info("Search index rebuilt: {} articles in {} ms", seen.size(),
				Duration.between(startedAt, this.clock.instant()).toMillis());
	}

	/** Where a rebuild stands. */
	record Progress(String state, long total, long processed, @Nullable Instant startedAt,
			@Nullable Instant finishedAt) {

		static Progress idle() {
			return new Progress("IDLE", 0, 0, null, null);
		}

		static Progress started(long total, Instant at) {
			return new Progress("RUNNING", total, 0, at, null);
		}

		boolean running() {
			return "RUNNING".equals(this.state);
		}

		Progress advanced(long processed) {
			return new Progress(this.state, Math.max(this.total, processed), processed, this.startedAt, null);
		}

		Progress finished(Instant at) {
			return new Progress("DONE", this.total, this.processed, this.startedAt, at);
		}

		Progress failed(Instant at) {
			return new Progress("FAILED", this.total, this.processed, this.startedAt, at);
		}

	}

}
