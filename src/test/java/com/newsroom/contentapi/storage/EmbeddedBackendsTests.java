package com.newsroom.contentapi.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded backends answer sorted queries exactly as the library does (same
 * documents, same order, ties in scan order, same projections), only without sorting
 * every match, and reading a declared index's order instead of matching every document.
 * Compared query by query against the library's plain backend of the same kind on the
 * same data, also after inserts, updates and removals.
 */
class EmbeddedBackendsTests {

	private final List<MongoServer> servers = new ArrayList<>();

	private final List<MongoClient> clients = new ArrayList<>();

	@TempDir
	Path directory;

	@AfterEach
	void stop() {
		this.clients.forEach(MongoClient::close);
		this.servers.forEach(MongoServer::shutdownNow);
	}

	@Test
	void memoryBackendPagesInTheLibrarysOrder() {
		assertSameAnswers(EmbeddedBackends.inMemory(), new MemoryBackend());
	}

	@Test
	void fileBackendPagesInTheLibrarysOrder() {
		// the file backend scans in key order, not insertion order: compared with the
		// library's file backend
		assertSameAnswers(EmbeddedBackends.inFile(this.directory.resolve("ours.mv").toString(), false),
				new H2Backend(this.directory.resolve("library.mv").toString()));
	}

	private void assertSameAnswers(MongoBackend backend, MongoBackend libraryBackend) {
		MongoCollection<Document> library = collection(libraryBackend);
		MongoCollection<Document> ours = collection(backend);
		List<Document> documents = documents(400);
		library.insertMany(documents);
		ours.insertMany(documents);
		// the answers below come from the top-k path, not from the library's own
		// collection
		assertThat(stored(backend)).isInstanceOfAny(EmbeddedBackends.OrderedMemoryCollection.class,
				EmbeddedBackends.OrderedH2Collection.class);

		List<Function<MongoCollection<Document>, FindIterable<Document>>> queries = List.of(
				c -> c.find().sort(Sorts.descending("publishedAt", "_id")).limit(20),
				c -> c.find(Filters.eq("status", "PUBLISHED")).sort(Sorts.descending("publishedAt")).limit(21),
				c -> c.find(Filters.in("locales", "ar", "fr")).sort(Sorts.ascending("rank")).skip(7).limit(10),
				c -> c.find().sort(Sorts.orderBy(Sorts.ascending("rank"), Sorts.descending("publishedAt"))).limit(50),
				c -> c.find().sort(Sorts.ascending("meta.score")).limit(15),
				c -> c.find(Filters.lte("rank", 3)).sort(Sorts.descending("rank")).limit(1000),
				c -> c.find().sort(Sorts.descending("publishedAt")).skip(390).limit(20),
				c -> c.find().sort(Sorts.ascending("rank")).projection(Projections.include("rank")).limit(5),
				c -> c.find(Filters.in("_id", List.of("d5", "d17", "d3", "d99")))
					.sort(Sorts.ascending("rank"))
					.limit(3));
		for (var query : queries) {
			assertThat(ids(query.apply(ours))).isNotEmpty().containsExactlyElementsOf(ids(query.apply(library)));
		}
		assertThat(ids(ours.find().sort(Sorts.ascending("rank")).limit(3))).as("ties keep scan order")
			.containsExactlyElementsOf(ids(library.find().sort(Sorts.ascending("rank")).limit(3)))
			.hasSize(3);
	}

	@Test
	void memoryBackendReadsDeclaredIndexOrdersWithTheLibrarysAnswers() {
		assertSameAnswersInIndexOrder(EmbeddedBackends.inMemory(), new MemoryBackend());
	}

	@Test
	void fileBackendReadsDeclaredIndexOrdersWithTheLibrarysAnswers() {
		assertSameAnswersInIndexOrder(EmbeddedBackends.inFile(this.directory.resolve("ours.mv").toString(), false),
				new H2Backend(this.directory.resolve("library.mv").toString()));
	}

	/**
	 * The articles' list index serves "newest first" (and its reverse): same answers as
	 * the library's sort, before and after writes. (That the first page reads about one
	 * page of documents, not all 400, is a speed property: bench/run.sh measures it.)
	 */
	private void assertSameAnswersInIndexOrder(MongoBackend backend, MongoBackend libraryBackend) {
		MongoCollection<Document> library = collection(libraryBackend);
		MongoCollection<Document> ours = collection(backend);
		for (MongoCollection<Document> collection : List.of(library, ours)) {
			collection.createIndex(Indexes.compoundIndex(Indexes.ascending("status", "locales"),
					Indexes.descending("publishedAt", "_id")));
			collection.insertMany(documents(400));
		}
		assertThat(ids(
				ours.find(Filters.eq("status", "PUBLISHED")).sort(Sorts.descending("publishedAt", "_id")).limit(21)))
			.hasSize(21)
			.containsExactlyElementsOf(ids(library.find(Filters.eq("status", "PUBLISHED"))
				.sort(Sorts.descending("publishedAt", "_id"))
				.limit(21)));

		assertSameInIndexOrder(ours, library);
		// writes keep the order: new dates, removals, new documents, other fields changed
		for (MongoCollection<Document> collection : List.of(library, ours)) {
			collection.updateMany(Filters.in("rank", 2, 5), Updates.set("publishedAt", new Date(1_700_000_000_000L)));
			collection.updateOne(Filters.eq("_id", "d3"), Updates.unset("publishedAt"));
			collection.updateMany(Filters.eq("rank", 7), Updates.set("status", "ARCHIVED"));
			collection.deleteMany(Filters.in("rank", 1, 8));
			collection.insertMany(documents(450).subList(400, 450));
			collection.replaceOne(Filters.eq("_id", "d4"),
					new Document("_id", "d4").append("status", "PUBLISHED").append("publishedAt", new Date(0)));
		}
		assertSameInIndexOrder(ours, library);
	}

	private static void assertSameInIndexOrder(MongoCollection<Document> ours, MongoCollection<Document> library) {
		List<Function<MongoCollection<Document>, FindIterable<Document>>> queries = List.of(
				c -> c.find().sort(Sorts.descending("publishedAt", "_id")).limit(20),
				c -> c.find(Filters.in("locales", "ar", "fr")).sort(Sorts.ascending("publishedAt", "_id")).limit(30),
				c -> c
					.find(Filters.and(Filters.in("status", "PUBLISHED", "SCHEDULED"), Filters.eq("locales", "fr"),
							Filters.lte("publishedAt", new Date(1_600_001_000_000L))))
					.sort(Sorts.descending("publishedAt", "_id"))
					.skip(5)
					.limit(10),
				c -> c.find(Filters.eq("status", "DRAFT")).sort(Sorts.descending("publishedAt", "_id")),
				c -> c.find(Filters.eq("rank", 9)).sort(Sorts.ascending("publishedAt", "_id")).limit(1000),
				c -> c.find().sort(Sorts.descending("publishedAt", "_id")).skip(300).limit(20));
		for (var query : queries) {
			assertThat(ids(query.apply(ours))).isNotEmpty().containsExactlyElementsOf(ids(query.apply(library)));
		}
	}

	@Test
	void exclusionProjectionsReturnTheLibrarysDocuments() {
		MongoCollection<Document> library = collection(new MemoryBackend());
		MongoCollection<Document> ours = collection(EmbeddedBackends.inMemory());
		for (MongoCollection<Document> collection : List.of(library, ours)) {
			collection.createIndex(Indexes.descending("publishedAt", "_id"));
			collection.insertMany(documents(60));
		}
		List<Function<MongoCollection<Document>, FindIterable<Document>>> queries = List.of(
				// ordered by the index, and by a top-k scan
				c -> c.find().sort(Sorts.descending("publishedAt", "_id")).limit(10),
				c -> c.find().sort(Sorts.ascending("rank")).limit(10));
		for (var query : queries) {
			for (var projection : List.of(Projections.exclude("search"),
					Projections.exclude("search.fr.terms", "meta.score", "locales"),
					Projections.fields(Projections.excludeId(), Projections.exclude("search.ar")),
					// siblings under one nested document (copied once), a missing path,
					// paths through an array
					Projections.exclude("search.fr.terms", "search.ar.terms", "search.fr.stems"),
					Projections.exclude("locales.x", "meta.score.y", "slug.z"),
					Projections.exclude("items.note", "search.fr"), Projections.include("rank", "search.fr"))) {
				assertThat(query.apply(ours).projection(projection).into(new ArrayList<>())).isNotEmpty()
					.containsExactlyElementsOf(query.apply(library).projection(projection).into(new ArrayList<>()));
			}
		}
		assertThatThrownBy(() -> ours.find()
			.sort(Sorts.descending("publishedAt", "_id"))
			.limit(10)
			.projection(Projections.exclude("search.ar", "search.ar.terms"))
			.into(new ArrayList<>())).as("refused as by MongoDB and the library")
			.hasMessageContaining("Path collision");
		assertThat(ours.find(Filters.eq("_id", "d1")).first()).as("the stored document keeps every field")
			.isEqualTo(library.find(Filters.eq("_id", "d1")).first())
			.containsKey("search");
		assertThat(ours.find(Filters.eq("_id", "d1")).first().get("search", Document.class).get("fr", Document.class))
			.containsKey("terms");
	}

	@Test
	void unlimitedAndNaturalOrderQueriesAreTheLibrarysOwn() {
		MongoCollection<Document> ours = collection(EmbeddedBackends.inMemory());
		ours.insertMany(documents(30));
		assertThat(ids(ours.find().sort(Sorts.descending("$natural")).limit(2))).containsExactly("d29", "d28");
		assertThat(ids(ours.find().sort(Sorts.descending("rank")))).hasSize(30).startsWith("d9", "d19", "d29");
	}

	@Test
	void uniqueIndexesStillServeTheirQueries() {
		MongoCollection<Document> ours = collection(EmbeddedBackends.inMemory());
		ours.createIndex(Indexes.ascending("slug"), new com.mongodb.client.model.IndexOptions().unique(true));
		ours.insertMany(documents(50));
		assertThat(
				ids(ours.find(Filters.in("slug", List.of("slug-4", "slug-2"))).sort(Sorts.descending("slug")).limit(1)))
			.containsExactly("d4");
	}

	private static Object stored(MongoBackend backend) {
		return ((AbstractMongoBackend) backend).resolveDatabase("test").resolveCollection("articles", false);
	}

	private MongoCollection<Document> collection(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		this.servers.add(server);
		server.bind("127.0.0.1", 0);
		MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
		this.clients.add(client);
		return client.getDatabase("test").getCollection("articles");
	}

	/**
	 * Documents with ties, missing and nested sort fields, and mixed types, in insertion
	 * order d0, d1, …
	 */
	private static List<Document> documents(int count) {
		Random random = new Random(42);
		List<Document> documents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Document document = new Document("_id", "d" + i).append("slug", "slug-" + i)
				.append("rank", i % 10)
				.append("status", (i % 3 == 0) ? "DRAFT" : "PUBLISHED")
				.append("locales", (i % 2 == 0) ? List.of("ar", "en") : List.of("fr"));
			if (i % 7 != 0) {
				document.append("publishedAt", new Date(1_600_000_000_000L + random.nextInt(50) * 60_000L));
			}
			if (i % 5 == 0) {
				document.append("meta", new Document("score", (i % 4 == 0) ? "high" : random.nextInt(5)));
			}
			document.append("search", new Document("fr", new Document("terms", List.of("mot" + i, "budget")))
				.append("ar", new Document("terms", List.of("ميزانية"))));
			document.append("items", List.of(new Document("n", i).append("note", "a"), new Document("n", i + 1)));
			documents.add(document);
		}
		return documents;
	}

	private static List<String> ids(FindIterable<Document> found) {
		return found.map(document -> document.getString("_id")).into(new ArrayList<>());
	}

}
