package com.newsroom.contentapi.comment;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * Token-bucket rate limits on posting (Bucket4j), per client IP and per article, answered with
 * {@code RATE_LIMITED} and {@code extensions.retryAfterSeconds}. The article's bucket is shared by all its
 * readers, so only posts that passed the challenge may take from it (see {@link CommentService#add}); otherwise
 * anyone could lock an article with forged posts. Buckets live in a bounded Caffeine cache, so
 * they are per instance: behind a load balancer each instance allows its share (a shared store such as
 * Bucket4j's Redis or JDBC back ends would make them global).
 */
@Component
class CommentRateLimiter {

	private final CommentProperties.RateLimit settings;

	private final Cache<String, Bucket> buckets;

	CommentRateLimiter(CommentProperties properties) {
		this.settings = properties.rateLimit();
		this.buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(this.settings.period().multipliedBy(2))
			.build();
	}

	void acquireForClient(String clientIp) {
		take("ip:" + clientIp, this.settings.perIp(), "comments from your address");
	}

	void acquireForArticle(String articleId) {
		take("article:" + articleId, this.settings.perArticle(), "comments on this article");
	}

	private void take(String key, int capacity, String what) {
		if (!this.settings.enabled()) {
			return;
		}
		Bucket bucket = this.buckets.get(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, this.settings.period()))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			throw new ApiException(ErrorCode.RATE_LIMITED,
					"Too many " + what + "; try again in " + seconds + " s", Map.of("retryAfterSeconds", seconds));
		}
	}


}
