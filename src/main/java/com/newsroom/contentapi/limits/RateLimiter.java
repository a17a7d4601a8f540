package com.newsroom.contentapi.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.lang.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits that hold for the whole deployment, not per instance: each key counts its requests in fixed
 * windows, one MongoDB document per key and window ({@code rate_limits}, {@code _id = key|windowStart}), raised
 * with one atomic conditional {@code $inc} upsert, so every instance behind a load balancer counts into the same
 * document and a limit of 5 a minute is 5 a minute for the site. The previous window still counts in proportion
 * to how much of it lies within the last {@code window} (a sliding-window estimate), so a client cannot send twice
 * the limit across a window boundary. A window's document expires by a TTL index on a real MongoDB, and by a
 * periodic sweep on the embedded store (which has no TTL).
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
	 * Counts one request for the key, unless the key already had {@code limit} requests in the current window:
	 * then nothing is counted and the answer says how long until the next window.
	 */
	public Decision acquire(String key, int limit, Duration window) {
		Instant now = this.clock.instant();
		long windowMillis = Math.max(1, window.toMillis());
		long start = Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis;
		Instant end = Instant.ofEpochMilli(start + windowMillis);
		Document previous = this.mongo.findById(key + "|" + (start - windowMillis), Document.class, COLLECTION);
		double previousWeight = 1.0 - (double) (now.toEpochMilli() - start) / windowMillis;
		int allowance = limit - (int) Math.ceil(count(previous) * previousWeight - 1e-9);
		if (allowance <= 0) {
			return new Decision(false, Duration.between(now, end));
		}
		String id = key + "|" + start;
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				Document counted = this.mongo.findAndModify(
						Query.query(Criteria.where("_id").is(id).and("count").lt(allowance)),
						new Update().inc("count", 1).setOnInsert("expiresAt", Date.from(end.plus(window))),
						FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
				if (counted != null) {
					return new Decision(true, Duration.ZERO);
				}
			}
			catch (DuplicateKeyException full) {
				// the window's document exists and is full (the upsert tried to create it again), or another
				// request created it a moment ago: look again
				if (count(this.mongo.findById(id, Document.class, COLLECTION)) >= allowance) {
					break;
				}
			}
		}
		return new Decision(false, Duration.between(now, end));
	}

	private static int count(@Nullable Document window) {
		return (window != null && window.get("count") instanceof Number count) ? count.intValue() : 0;
	}

	/** Removes windows that have ended (a real MongoDB's TTL index does it too; the embedded store has none). */
	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	void removeEndedWindows() {
		this.mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(this.clock.instant()))), COLLECTION);
	}

	/** Whether the request may proceed, and otherwise how long until it may. */
	public record Decision(boolean allowed, Duration retryAfter) {

		public long retryAfterSeconds() {
			return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
		}

	}

}
