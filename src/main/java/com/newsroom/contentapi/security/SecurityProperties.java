package com.newsroom.contentapi.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.lang.Nullable;

/**
 * @param bootstrapToken when set, accepted as an {@code ADMIN} token, so that the first real tokens can be
 * created on a fresh installation
 * @param secret the server's secret, from which the HMAC keys of signed tokens are derived (at least 32
 * characters); set the same value on every instance of a deployment. Unset: generated into {@link #secretsFile}
 * @param secretsFile where the generated secret is kept; by default {@code secrets.properties} next to the
 * embedded store's file ({@code ./data/secrets.properties}), in memory when that store is in memory
 */
@ConfigurationProperties("contentapi.security")
public record SecurityProperties(@Nullable String bootstrapToken, @Nullable String secret,
		@Nullable String secretsFile) {
}
