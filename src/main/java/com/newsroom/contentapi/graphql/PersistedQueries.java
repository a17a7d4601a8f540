package com.newsroom.contentapi.graphql;

import java.time.Clock;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Registered query texts by SHA-256 hash, for automatic persisted queries (Apollo
 * protocol). Registrations by callers with an API token are kept in MongoDB
 * ({@code persisted_queries}, the hash as {@code _id}), so that every instance and every
 * restart knows them and {@code persisted-only} can allow them; anonymous registrations
 * (only possible without {@code persisted-only}) live in memory only, so an anonymous
 * client can make the service store nothing durable. Both sit behind one in-memory cache
 * bounded by the characters it holds.
 */
@Component
class PersistedQueries {

	private static final String COLLECTION = "persisted_queries";

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Cache<String, Registered> byHash;

	PersistedQueries(MongoTemplate mongo, Clock clock, GraphQlProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.byHash = Caffeine.newBuilder()
			.maximumWeight(properties.documentCacheMaxChars())
			.weigher((String hash, Registered registered) -> hash.length() + registered.query().length())
			.build();
	}

	Optional<Registered> find(String hash) {
		Registered cached = this.byHash.getIfPresent(hash);
		if (cached != null) {
			return Optional.of(cached);
		}
		Document stored = this.mongo.findById(hash, Document.class, COLLECTION);
		if (stored == null) {
			return Optional.empty();
		}
		Registered registered = new Registered(stored.getString("query"), true);
		this.byHash.put(hash, registered);
		return Optional.of(registered);
	}

	/**
	 * What is registered under this hash as far as memory knows, without asking MongoDB.
	 */
	@Nullable Registered cached(String hash) {
		return this.byHash.getIfPresent(hash);
	}

	/**
	 * Registers a query that parsed and validated: durably for a trusted caller, in
	 * memory otherwise.
	 */
	void register(String hash, String query, boolean durably) {
		if (durably) {
			this.mongo.upsert(Query.query(Criteria.where("_id").is(hash)),
					new Update().setOnInsert("query", query).setOnInsert("createdAt", this.clock.instant()),
					COLLECTION);
		}
		this.byHash.put(hash, new Registered(query, durably));
	}

	/**
	 * A registered text, and whether a trusted caller registered it (then it is in
	 * MongoDB).
	 */
	record Registered(String query, boolean durable) {
	}

}
