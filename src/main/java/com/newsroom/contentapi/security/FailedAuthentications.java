package com.newsroom.contentapi.security;

import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Slows down the guessing of tokens (the bootstrap token above all, which never expires):
 * each request whose {@code Authorization} is refused takes one token from its client
 * IP's bucket (Bucket4j, {@code perIp} per {@code period}, refilled gradually); once the
 * bucket is empty every request from that IP that presents a token, right or wrong, is
 * refused with HTTP 429, {@code RATE_LIMITED} and {@code Retry-After} until it refills,
 * so a guess can neither be tried nor confirmed. Requests without {@code Authorization}
 * (readers) are never held up. The client IP follows
 * {@code contentapi.http.trust-forwarded-for} ({@link ClientInfo}). Buckets live in a
 * bounded Caffeine cache (100,000 clients, dropped once idle for a period, when they
 * would be full again anyway), per instance.
 */
@Component
class FailedAuthentications {

	private final SecurityProperties.FailedAuthentications settings;

	private final Cache<String, Bucket> buckets;

	FailedAuthentications(SecurityProperties properties) {
		this.settings = properties.failedAuthentications();
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(this.settings.period()).build();
	}

	/** Refuses the request when its client has used up its failed attempts. */
	void check(HttpServletRequest request) {
		Bucket bucket = this.buckets.getIfPresent(ClientInfo.ip(request));
		if (bucket == null) {
			return;
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw new Throttled(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
		}
	}

	/** Counts a refused token against its client. */
	void record(HttpServletRequest request) {
		this.buckets
			.get(ClientInfo.ip(request),
					ip -> Bucket.builder()
						.addLimit(limit -> limit.capacity(this.settings.perIp())
							.refillGreedy(this.settings.perIp(), this.settings.period()))
						.build())
			.tryConsume(1);
	}

	/**
	 * The client has sent too many refused tokens; it may try again in
	 * {@code retryAfterSeconds}.
	 */
	static final class Throttled extends AuthenticationException {

		private final long retryAfterSeconds;

		Throttled(long retryAfterSeconds) {
			super("too many refused API tokens from this client");
			this.retryAfterSeconds = retryAfterSeconds;
		}

		long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
