package com.newsroom.contentapi.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits that hold for the whole deployment, not per instance: each key keeps the
 * times of its last {@code limit} accepted requests in one MongoDB document
 * ({@code rate_limits}), and a request is accepted, and its time appended, by one atomic
 * conditional {@code $push} upsert when fewer than {@code limit} of them lie within the
 * last {@code window}. Every instance behind a load balancer writes to the same document,
 * so a limit of 5 a minute is 5 in any minute for the site, exactly (a sliding log, at
 * most {@code limit} times a key). A key's document expires by a TTL index on a real
 * MongoDB, and by a periodic sweep on the embedded store (which has no TTL).
 */
@Component
public class RateLimiter {

	private static final String COLLECTION = "rate_limits";

	private final MongoTemplate mongo;

	private final Clock clock;

	RateLimiter(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(0, TimeUnit.SECONDS).named("expiry"));
	}

	/**
	 * Counts one request for the key, unless the key already had {@code limit} requests
	 * within the last {@code window}: then nothing is counted and the answer says when
	 * the oldest of them leaves the window.
	 */
	public Decision acquire(String key, int limit, Duration window) {
		Instant now = this.clock.instant();
		Date since = Date.from(now.minus(window));
		Query roomLeft = Query.query(Criteria.where("_id")
			.is(key)
			.orOperator(Criteria.where("times." + (limit - 1)).exists(false), Criteria.where("times.0").lt(since)));
		Update accept = new Update().push("times")
			.slice(-limit)
			.each(Date.from(now))
			.set("expiresAt", Date.from(now.plus(window)));
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				// matched (room left) or created: either way this request is counted
				this.mongo.upsert(roomLeft, accept, COLLECTION);
				return new Decision(true, Duration.ZERO);
			}
			catch (DuplicateKeyException full) {
				// the key's document exists and has no room (the upsert tried to create
				// it again), or another
				// request created it a moment ago: look again
				Document current = this.mongo.findById(key, Document.class, COLLECTION);
				List<?> times = (current != null) ? current.getList("times", Object.class) : List.of();
				if (times.size() >= limit && times.get(0) instanceof Date oldest && !oldest.before(since)) {
					return new Decision(false, Duration.between(now, oldest.toInstant().plus(window)));
				}
			}
		}
		return new Decision(false, window);
	}

	/**
	 * Removes keys with no request in their window (a real MongoDB's TTL index does it
	 * too; the embedded store has none).
	 */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	void removeExpiredKeys() {
		this.mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(this.clock.instant()))), COLLECTION);
	}

	/** Whether the request may proceed, and otherwise how long until it may. */
	public record Decision(boolean allowed, Duration retryAfter) {

		public long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

	}

}
