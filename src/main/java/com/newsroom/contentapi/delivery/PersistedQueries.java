package com.newsroom.contentapi.delivery;

import java.time.Clock;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;

import com.newsroom.contentapi.text.Digests;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Registered query texts by SHA-256 hash, for automatic persisted queries (Apollo protocol). Kept in MongoDB
 * ({@code persisted_queries}, the hash as {@code _id}) so that every instance and every restart knows them, with
 * a bounded in-memory cache in front, so a hot hash costs no database round trip.
 */
@Component
class PersistedQueries {

	private static final String COLLECTION = "persisted_queries";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Cache<String, String> byHash = Caffeine.newBuilder().maximumSize(10_000).build();

	PersistedQueries(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	Optional<String> find(String hash) {
		String cached = this.byHash.getIfPresent(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		Document stored = this.mongo.findById(hash, Document.class, COLLECTION);
		if (stored == null) {
			return Optional.empty();
		}
		String query = stored.getString("query");
		this.byHash.put(hash, query);
		return Optional.of(query);
	}

	void register(String hash, String query) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(hash)),
				new Update().setOnInsert("query", query).setOnInsert("createdAt", this.clock.instant()), COLLECTION);
		this.byHash.put(hash, query);
	}

	static String sha256(String query) {
		return Digests.sha256Hex(query);
	}

}
