package com.newsroom.contentapi.storage;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's memory and H2 backends with one change: a sorted query with a limit keeps only the
 * documents of its page while it scans ({@link FirstInOrder}) instead of sorting every match first. Everything
 * else (matching, projection, cursors, locking) is the library's own.
 * <p>
 * The hook is the collections' {@code matchDocumentsFromStream}, through which both backends pass every query
 * (with or without a unique index). The H2 database opens its collection maps under the same names as the
 * library does ({@code databases.<ns>}, {@code meta.<ns>}), so files written before or without this class read the
 * same.
 */
final class EmbeddedBackends {

	/** The page is already matched and ordered when it goes back to the library. */
	private static final Document MATCH_ALL = new Document();

	private EmbeddedBackends() {
	}

	static MongoBackend inMemory() {
		return new MemoryBackend() {

			@Override
			public MemoryDatabase openOrCreateDatabase(String databaseName) {
				return new MemoryDatabase(databaseName, getCursorRegistry()) {

					@Override
					protected MemoryCollection openOrCreateCollection(String collectionName,
							CollectionOptions options) {
						return new TopKMemoryCollection(this, collectionName, options, this.cursorRegistry);
					}

				};
			}

		};
	}

	static MongoBackend inFile(String file) {
		return new H2Backend(file) {

			@Override
			protected MongoDatabase openOrCreateDatabase(String databaseName) {
				MVStore store = getMvStore();
				return new H2Database(databaseName, store, getCursorRegistry()) {

					@Override
					protected MongoCollection<Object> openOrCreateCollection(String collectionName,
							CollectionOptions options) {
						String namespace = getFullCollectionNamespace(collectionName);
						MVMap<Object, Document> data = store.openMap("databases." + namespace);
						MVMap<String, Object> meta = store.openMap("meta." + namespace);
						return new TopKH2Collection(this, collectionName, options, data, meta, this.cursorRegistry);
					}

				};
			}

		};
	}

	/** The library's own query path from the stream of candidate documents on: match, sort, page, project. */
	@FunctionalInterface
	private interface LibraryPath {

		QueryResult match(Stream<Document> documents, Document query, Document orderBy, int skip, int limit,
				int batchSize, Document fieldSelector);

	}

	private static QueryResult firstPage(Stream<Document> documents, Document query, Document orderBy, int skip,
			int limit, int batchSize, Document fieldSelector, BiPredicate<Document, Document> matches,
			LibraryPath library) {
		if (!FirstInOrder.applies(orderBy, skip, limit)) {
			return library.match(documents, query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		List<Document> page = FirstInOrder.select(documents.filter(document -> matches.test(document, query)),
				orderBy, skip + limit);
		return library.match(page.stream(), MATCH_ALL, null, skip, limit, batchSize, fieldSelector);
	}

	static final class TopKMemoryCollection extends MemoryCollection {

		TopKMemoryCollection(MongoDatabase database, String name, CollectionOptions options,
				CursorRegistry cursors) {
			super(database, name, options, cursors);
		}

		@Override
		protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query,
				Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
			return firstPage(documents, query, orderBy, skip, limit, batchSize, fieldSelector,
					this::documentMatchesQuery, super::matchDocumentsFromStream);
		}

	}

	static final class TopKH2Collection extends H2Collection {

		TopKH2Collection(MongoDatabase database, String name, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
		}

		@Override
		protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query,
				Document orderBy, int skip, int limit, int batchSize, Document fieldSelector) {
			return firstPage(documents, query, orderBy, skip, limit, batchSize, fieldSelector,
					this::documentMatchesQuery, super::matchDocumentsFromStream);
		}

	}

}
