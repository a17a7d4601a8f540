package com.newsroom.contentapi.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import org.jspecify.annotations.Nullable;

/**
 * mongo-java-server's memory and H2 backends with a faster query path for sorted queries;
 * matching, projection, cursors, locking and storage are the library's own, and every
 * answer is the one the library gives.
 * <ul>
 * <li>A sort that a declared index serves reads the documents in that order and stops at
 * the end of the page ({@link OrderedViews}), as MongoDB does with the index, instead of
 * matching every document.</li>
 * <li>Any other sorted query with a limit keeps only its page while it scans
 * ({@link FirstInOrder}) instead of sorting every match first.</li>
 * <li>Such a page, when its projection only excludes fields, is projected here
 * ({@link #withoutExcludedFields}), copying only what the exclusions change: the library
 * deep-copies whole documents before removing fields, and an article's search terms,
 * which reads always exclude, are most of its document. Other projections are the
 * library's.</li>
 * </ul>
 * Queries that a unique index serves (ids, slugs) keep the library's index path. The
 * hooks are the collections' query, insert, update and removal methods, through which
 * both backends pass every operation. The H2 database opens its collection maps under the
 * same names as the library does ({@code databases.<ns>}, {@code meta.<ns>}), so files
 * written before or without this class read the same.
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
						return new OrderedMemoryCollection(this, collectionName, options, this.cursorRegistry);
					}

				};
			}

		};
	}

	/**
	 * The H2 file backend, durable per command: H2's MVStore otherwise commits about once
	 * a second, so a crash lost up to a second of acknowledged writes (measured: 30 to 51
	 * of about 100 articles created just before a {@code kill -9}). Every command that
	 * changed the store commits before it is answered, and with {@code sync} the file is
	 * also forced to the disk, so a power loss keeps it too (MongoDB's {@code j: true}).
	 */
	static MongoBackend inFile(String file, boolean sync) {
		return new H2Backend(file) {

			@Override
			public Document handleMessage(MongoMessage message) {
				try {
					return super.handleMessage(message);
				}
				finally {
					MVStore store = getMvStore();
					if (store.hasUnsavedChanges()) {
						store.commit();
						if (sync) {
							store.sync();
						}
					}
				}
			}

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
						return new OrderedH2Collection(this, collectionName, options, data, meta, this.cursorRegistry);
					}

				};
			}

		};
	}

	/**
	 * What the faster query path needs from a collection of either backend (its protected
	 * library methods).
	 */
	interface Stored<P> {

		OrderedViews<P> views();

		List<Index<P>> getIndexes();

		Stream<DocumentWithPosition<P>> allDocuments();

		Document documentAt(P position);

		boolean matches(Document document, Document query);

	}

	/**
	 * The documents of a query's page (before skip and limit are applied: the first
	 * {@code skip + limit}) read in the order of a declared index; {@code null} when no
	 * index serves the sort, or when a unique index serves the filter (a handful of
	 * documents by id or slug: the library's index path is cheaper).
	 */
	@Nullable private static <P> List<Document> orderedPage(Stored<P> collection, Document query, @Nullable Document orderBy,
			int skip, int limit) {
		if (!FirstInOrder.isFieldOrder(orderBy) || skip < 0 || limit < 0
				|| (long) skip + limit > Integer.MAX_VALUE - 1) {
			return null;
		}
		if (collection.getIndexes().stream().anyMatch(index -> index.canHandle(query))) {
			return null;
		}
		OrderedViews<P>.Walk walk = collection.views()
			.walkFor(orderBy, collection.getIndexes(), collection::allDocuments);
		if (walk == null) {
			return null;
		}
		return walk.firstMatches(collection::documentAt, document -> collection.matches(document, query),
				(limit == 0) ? 0 : skip + limit);
	}

	/**
	 * The library's query path from a stream of candidate documents on: match, sort,
	 * page, project.
	 */
	@FunctionalInterface
	private interface LibraryPath {

		QueryResult match(Stream<Document> documents, Document query, @Nullable Document orderBy, int skip, int limit,
				int batchSize, @Nullable Document fieldSelector);

	}

	/**
	 * The library's whole query: a unique index's candidates or all documents, then
	 * {@link LibraryPath}.
	 */
	@FunctionalInterface
	private interface LibraryQuery {

		QueryResult query(Document query, @Nullable Document orderBy, int skip, int limit, int batchSize,
				@Nullable Document fieldSelector);

	}

	/**
	 * A query read in a declared index's order if one serves it, else the library's query
	 * (and its scan).
	 */
	private static <P> QueryResult query(Stored<P> collection, Document query, @Nullable Document orderBy, int skip,
			int limit, int batchSize, @Nullable Document fieldSelector, LibraryQuery library, LibraryPath libraryPath) {
		List<Document> page = orderedPage(collection, query, orderBy, skip, limit);
		if (page == null) {
			return library.query(query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		return matchPage(page, skip, limit, batchSize, fieldSelector, libraryPath);
	}

	/**
	 * A scan that keeps only the first {@code skip + limit} matches of a sorted, limited
	 * query.
	 */
	private static QueryResult scan(Stored<?> collection, Stream<Document> documents, Document query,
			@Nullable Document orderBy, int skip, int limit, int batchSize, @Nullable Document fieldSelector,
			LibraryPath libraryPath) {
		if (!FirstInOrder.applies(orderBy, skip, limit)) {
			return libraryPath.match(documents, query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		List<Document> page = FirstInOrder.select(documents.filter(document -> collection.matches(document, query)),
				orderBy, skip + limit);
		return matchPage(page, skip, limit, batchSize, fieldSelector, libraryPath);
	}

	/**
	 * The library's answer for a page already selected and ordered: projected here when
	 * the projection only excludes fields, else by the library (which deep-copies each
	 * document and then applies the projection).
	 */
	private static QueryResult matchPage(List<Document> page, int skip, int limit, int batchSize,
			@Nullable Document fieldSelector, LibraryPath libraryPath) {
		List<Document> trimmed = withoutExcludedFields(page, fieldSelector);
		if (trimmed != null) {
			// the library's checks of the projection (path collisions...), which refuse
			// it as MongoDB does
			libraryPath.match(Stream.empty(), MATCH_ALL, null, 0, 0, batchSize, fieldSelector);
			return libraryPath.match(trimmed.stream(), MATCH_ALL, null, skip, limit, batchSize, null);
		}
		return libraryPath.match(page.stream(), MATCH_ALL, null, skip, limit, batchSize, fieldSelector);
	}

	/**
	 * The page with an exclusion-only projection applied: each document copied without
	 * the excluded fields, copying nested documents only along the excluded paths and
	 * each of them once, as MongoDB returns it. Nothing else is copied: the copies share
	 * the values that stay with the stored documents, which is safe because the library
	 * never changes a stored value in place (an update puts new top-level values,
	 * computed from a deep copy), and the copies' own maps are not the stored ones.
	 * {@code null} when the library must project: no projection, inclusions or operators,
	 * {@code _id}, or a path through an array.
	 */
	@Nullable static List<Document> withoutExcludedFields(List<Document> page, @Nullable Document fieldSelector) {
		if (fieldSelector == null || fieldSelector.isEmpty() || !onlyExclusions(fieldSelector)) {
			return null;
		}
		List<Document> trimmed = new ArrayList<>(page.size());
		for (Document document : page) {
			Document copy = document.clone();
			Set<Document> copies = Collections.newSetFromMap(new IdentityHashMap<>());
			for (String path : fieldSelector.keySet()) {
				if (!remove(copy, path, copies)) {
					return null;
				}
			}
			trimmed.add(copy);
		}
		return trimmed;
	}

	private static boolean onlyExclusions(Document fieldSelector) {
		return fieldSelector.entrySet()
			.stream()
			.allMatch(field -> !field.getKey().contains("$") && (Boolean.FALSE.equals(field.getValue())
					|| (field.getValue() instanceof Number number && number.doubleValue() == 0.0)));
	}

	/**
	 * Removes a dotted path from a document that is already a copy, copying the nested
	 * documents on the way unless they are copies already ({@code copies}, by identity);
	 * false when the path is one for the library.
	 */
	private static boolean remove(Document copy, String path, Set<Document> copies) {
		int dot = path.indexOf('.');
		if (dot < 0) {
			if (path.equals("_id")) {
				return false;
			}
			copy.remove(path);
			return true;
		}
		String head = path.substring(0, dot);
		Object value = copy.get(head);
		if (value instanceof Document nested) {
			Document nestedCopy = nested;
			if (!copies.contains(nested)) {
				nestedCopy = nested.clone();
				copies.add(nestedCopy);
				copy.put(head, nestedCopy);
			}
			return remove(nestedCopy, path.substring(dot + 1), copies);
		}
		return !(value instanceof Collection<?>);
	}

	static final class OrderedMemoryCollection extends MemoryCollection implements Stored<Integer> {

		private final OrderedViews<Integer> views = new OrderedViews<>();

		OrderedMemoryCollection(MongoDatabase database, String name, CollectionOptions options,
				CursorRegistry cursors) {
			super(database, name, options, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector) {
			return query(this, query, orderBy, skip, limit, batchSize, fieldSelector, super::queryDocuments,
					super::matchDocumentsFromStream);
		}

		@Override
		protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
				int skip, int limit, int batchSize, Document fieldSelector) {
			return scan(this, documents, query, orderBy, skip, limit, batchSize, fieldSelector,
					super::matchDocumentsFromStream);
		}

		@Override
		protected Integer addDocumentInternal(Document document) {
			Integer position = super.addDocumentInternal(document);
			this.views.added(document, position);
			return position;
		}

		@Override
		protected void handleUpdate(Integer position, Document before, Document after) {
			super.handleUpdate(position, before, after);
			this.views.updated(before, after, position);
		}

		@Override
		protected void removeDocument(Integer position) {
			this.views.removed(getDocument(position));
			super.removeDocument(position);
		}

		@Override
		public OrderedViews<Integer> views() {
			return this.views;
		}

		@Override
		public Stream<DocumentWithPosition<Integer>> allDocuments() {
			return streamAllDocumentsWithPosition();
		}

		@Override
		public Document documentAt(Integer position) {
			return getDocument(position);
		}

		@Override
		public boolean matches(Document document, Document query) {
			return documentMatchesQuery(document, query);
		}

	}

	static final class OrderedH2Collection extends H2Collection implements Stored<Object> {

		private final OrderedViews<Object> views = new OrderedViews<>();

		OrderedH2Collection(MongoDatabase database, String name, CollectionOptions options,
				MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document fieldSelector) {
			return query(this, query, orderBy, skip, limit, batchSize, fieldSelector, super::queryDocuments,
					super::matchDocumentsFromStream);
		}

		@Override
		protected QueryResult matchDocumentsFromStream(Stream<Document> documents, Document query, Document orderBy,
				int skip, int limit, int batchSize, Document fieldSelector) {
			return scan(this, documents, query, orderBy, skip, limit, batchSize, fieldSelector,
					super::matchDocumentsFromStream);
		}

		@Override
		protected Object addDocumentInternal(Document document) {
			Object position = super.addDocumentInternal(document);
			this.views.added(document, position);
			return position;
		}

		@Override
		protected void handleUpdate(Object position, Document before, Document after) {
			super.handleUpdate(position, before, after);
			this.views.updated(before, after, position);
		}

		@Override
		protected void removeDocument(Object position) {
			this.views.removed(getDocument(position));
			super.removeDocument(position);
		}

		@Override
		public OrderedViews<Object> views() {
			return this.views;
		}

		@Override
		public Stream<DocumentWithPosition<Object>> allDocuments() {
			return streamAllDocumentsWithPosition();
		}

		@Override
		public Document documentAt(Object position) {
			return getDocument(position);
		}

		@Override
		public boolean matches(Document document, Document query) {
			return documentMatchesQuery(document, query);
		}

	}

}
