package com.newsroom.contentapi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.storage.EmbeddedMongoProperties;
import com.newsroom.contentapi.text.TextAnalysis;

/**
 * The Lucene index that search runs on: derived data, MongoDB stays the source of truth.
 * One document per article, laid out by {@link ArticleDocuments}, so that hits, totals
 * and tag counts are per article as the API returns them, while a query still matches in
 * one language at a time; who may find what is decided at query time.
 * <p>
 * Changes are searchable as soon as they are made (near-real-time readers) and committed
 * every {@code contentapi.search.commit-interval} with a checkpoint: the latest
 * {@code updatedAt} indexed and the format the index was built with.
 * {@link SearchIndexer} reads it at start to rebuild or catch up.
 */
@Component
class LuceneIndex implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(LuceneIndex.class);

	private static final String CHECKPOINT = "checkpoint";

	private static final String FORMAT = "format";

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final AtomicLong checkpoint = new AtomicLong();

	private final ScheduledExecutorService committer;

	private final String location;

	LuceneIndex(SearchProperties properties, EmbeddedMongoProperties embedded) throws IOException {
		Path folder = folder(properties, embedded);
		this.location = (folder != null) ? folder.toAbsolutePath().toString() : "memory";
		if (folder != null) {
			Files.createDirectories(folder);
		}
		this.directory = (folder != null) ? FSDirectory.open(folder) : inMemory();
		IndexWriterConfig config = new IndexWriterConfig(new ArticleDocuments.PerLocaleAnalyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		this.writer = new IndexWriter(this.directory, config);
		Map<String, String> committed = committedData();
		boolean sameFormat = format().equals(committed.get(FORMAT));
		if (!sameFormat && this.writer.getDocStats().numDocs > 0) {
			logger.info("Search index at {} is of another format ({}); it will be rebuilt", this.location,
					committed.get(FORMAT));
			this.writer.deleteAll();
		}
		else if (sameFormat) {
			this.checkpoint.set(Long.parseLong(committed.getOrDefault(CHECKPOINT, "0")));
		}
		this.searchers = new SearcherManager(this.writer, new SearcherFactory());
		this.committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "search-index-commit");
			thread.setDaemon(true);
			return thread;
		});
		long interval = Math.max(100, properties.commitInterval().toMillis());
		this.committer.scheduleWithFixedDelay(this::commitQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * An index in the heap, each file one buffer once written (reading a file's slice is
	 * then one buffer's duplicate, not one per 1 MB block).
	 */
	private static Directory inMemory() {
		return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
	}

	private static @Nullable Path folder(SearchProperties properties, EmbeddedMongoProperties embedded) {
		String configured = properties.indexPath();
		if ("memory".equalsIgnoreCase(configured)) {
			return null;
		}
		if (!configured.isBlank()) {
			return Path.of(configured);
		}
		if (embedded.inMemory()) {
			return null;
		}
		Path store = Path.of(embedded.path()).toAbsolutePath();
		return store.resolveSibling("search-index");
	}

	private static String format() {
		return ArticleDocuments.FORMAT_VERSION + "/" + TextAnalysis.VERSION;
	}

	private Map<String, String> committedData() throws IOException {
		if (!DirectoryReader.indexExists(this.directory)) {
			return Map.of();
		}
		try (DirectoryReader reader = DirectoryReader.open(this.directory)) {
			return reader.getIndexCommit().getUserData();
		}
	}

	/** Where the index lives, for logs. */
	String location() {
		return this.location;
	}

	/**
	 * The latest {@code updatedAt} of an article indexed before the last commit (or
	 * since), as epoch milliseconds; 0 for an empty or rebuilt index.
	 */
	Instant checkpoint() {
		return Instant.ofEpochMilli(this.checkpoint.get());
	}

	/** How many articles the index holds, every change so far included. */
	int size() {
		refresh();
		return read(searcher -> searcher.getIndexReader().numDocs());
	}

	/** The bytes the index's files take (in the folder, or in memory). */
	long sizeInBytes() {
		try {
			long bytes = 0;
			for (String file : this.directory.listAll()) {
				try {
					bytes += this.directory.fileLength(file);
				}
				catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException merged) {
					// merged away while listing
				}
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds or replaces an article's document. */
	void put(Article article) {
		try {
			this.writer.updateDocument(new Term(ArticleDocuments.ID, article.getId()), ArticleDocuments.of(article));
			this.checkpoint.accumulateAndGet(article.getUpdatedAt().toEpochMilli(), Math::max);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void remove(String articleId) {
		try {
			this.writer.deleteDocuments(new Term(ArticleDocuments.ID, articleId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the documents of every article not in {@code keep} (after a rebuild). */
	void removeAllBut(java.util.Set<String> keep) {
		refresh();
		List<String> gone = read(searcher -> {
			List<String> ids = new java.util.ArrayList<>();
			for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				org.apache.lucene.index.Terms terms = leaf.reader().terms(ArticleDocuments.ID);
				if (terms == null) {
					continue;
				}
				org.apache.lucene.index.TermsEnum each = terms.iterator();
				for (org.apache.lucene.util.BytesRef term = each.next(); term != null; term = each.next()) {
					String id = term.utf8ToString();
					if (!keep.contains(id)) {
						ids.add(id);
					}
				}
			}
			return ids;
		});
		gone.forEach(this::remove);
	}

	/** Makes every change so far visible to the next searches. */
	void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a read on a current searcher. */
	<T> T read(SearcherWork<T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface SearcherWork<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/**
	 * Commits the changes so far with the checkpoint, so that a restart resumes from it.
	 */
	synchronized void commit() throws IOException {
		if (!this.writer.hasUncommittedChanges()) {
			return;
		}
		Map<String, String> data = new HashMap<>();
		data.put(CHECKPOINT, Long.toString(this.checkpoint.get()));
		data.put(FORMAT, format());
		this.writer.setLiveCommitData(data.entrySet());
		this.writer.commit();
	}

	private void commitQuietly() {
		try {
			commit();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Search index commit failed ({}); changes are redone from MongoDB at the next start",
					ex.getMessage());
		}
	}

	@Override
	public void destroy() throws IOException {
		this.committer.shutdownNow();
		try {
			commit();
		}
		finally {
			this.searchers.close();
			this.writer.close();
			this.directory.close();
		}
	}

}
