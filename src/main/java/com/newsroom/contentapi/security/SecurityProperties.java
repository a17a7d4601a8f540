package com.newsroom.contentapi.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * @param bootstrapToken when set, accepted as an {@code ADMIN} token, so that the first
 * real tokens can be created on a fresh installation; at least 32 characters, and best
 * removed once real tokens exist
 * @param secret the server's secret, from which the HMAC keys of signed tokens are
 * derived (at least 32 characters); set the same value on every instance of a deployment.
 * Unset: generated into {@link #secretsFile}
 * @param secretsFile where the generated secret is kept; by default
 * {@code secrets.properties} next to the embedded store's file
 * ({@code ./data/secrets.properties}), in memory when that store is in memory
 * @param failedAuthentications how many requests with a wrong token one client may send
 */
@ConfigurationProperties("contentapi.security")
public record SecurityProperties(@Nullable String bootstrapToken, @Nullable String secret, @Nullable String secretsFile,
		@DefaultValue FailedAuthentications failedAuthentications) {

	/**
	 * @param perIp wrong tokens one client IP may send per {@code period}; then every
	 * request with a token from it is refused with HTTP 429 until the period has refilled
	 * some
	 * @param period the period over which {@code perIp} refills
	 */
	public record FailedAuthentications(@DefaultValue("20") int perIp, @DefaultValue("1m") Duration period) {
	}

}
