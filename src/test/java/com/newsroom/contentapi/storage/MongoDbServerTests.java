package com.newsroom.contentapi.storage;

import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What only a real MongoDB can show, on {@code mongo:8} as a single-node replica set
 * started by Testcontainers: the indexes the service declares exist as declared (the
 * embedded store ignores non-unique ones), the unique slug index refuses a clash, TTL
 * indexes are in place, and the headlines query is served by its index. Skipped where
 * Docker is not available (as on the development machine); the GitHub workflow runs the
 * whole suite against a replica set through {@code MONGODB_URI} instead.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = { "contentapi.sample-content=false",
		"contentapi.security.bootstrap-token=test-admin-token-0123456789abcde" })
class MongoDbServerTests {

	@Container
	static final MongoDBContainer mongoDb = new MongoDBContainer("mongo:8");

	@DynamicPropertySource
	static void mongoUri(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", mongoDb::getReplicaSetUrl);
	}

	@Autowired
	MongoTemplate mongo;

	@Test
	void declaredIndexesExistAsDeclared() {
		Map<String, Document> articles = indexes("articles");
		assertThat(articles.get("slugKeys_unique").getBoolean("unique")).isTrue();
		assertThat(articles.get("locales_publishedAt").get("key", Document.class).keySet()).containsExactly("status",
				"locales", "publishedAt", "_id");
		assertThat(articles).containsKeys("tagIds_publishedAt", "locales_updatedAt", "trash", "search_ar", "search_fr",
				"search_en");
		assertThat(indexes("comments")).containsKeys("article_thread", "moderation_queue", "subtree");
		assertThat(indexes("article_revisions")).containsKeys("article_history");
	}

	@Test
	void ttlIndexesRemoveExpiredDocuments() {
		assertThat(indexes("rate_limits").get("expiry").get("expireAfterSeconds")).isEqualTo(0);
		assertThat(indexes("used_challenges").values())
			.anySatisfy(index -> assertThat(index.get("expireAfterSeconds")).isEqualTo(0));
	}

	@Test
	void theUniqueSlugIndexRefusesAClash() {
		this.mongo.insert(new Document("slugKeys", List.of("fr:une-seule")), "articles");
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mongo.insert(new Document("slugKeys", List.of("fr:une-seule")), "articles"));
	}

	@Test
	void headlinesAreServedByTheirIndex() {
		Document explain = this.mongo.getDb()
			.runCommand(new Document("explain",
					new Document("find", "articles")
						.append("filter",
								new Document("status", "PUBLISHED").append("locales",
										new Document("$in", List.of("fr"))))
						.append("sort", new Document("publishedAt", -1).append("_id", -1))
						.append("limit", 21)));
		assertThat(explain.toJson()).contains("IXSCAN").contains("locales_publishedAt");
	}

	private Map<String, Document> indexes(String collection) {
		Map<String, Document> byName = new java.util.HashMap<>();
		this.mongo.getCollection(collection).listIndexes().forEach(index -> byName.put(index.getString("name"), index));
		return byName;
	}

}
