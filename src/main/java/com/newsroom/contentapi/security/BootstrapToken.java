package com.newsroom.contentapi.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The bootstrap token ({@code contentapi.security.bootstrap-token}): a permanent
 * {@code ADMIN} credential from configuration, meant to create the first real tokens on a
 * fresh installation. Because it never expires and cannot be revoked through the API, a
 * value shorter than 32 characters stops start-up (the message names the property, never
 * the value), and every start with it set logs a warning. Guessing it is slowed down like
 * any other token ({@link FailedAuthentications}).
 */
@Component
class BootstrapToken {

	static final String PROPERTY = "contentapi.security.bootstrap-token";

	static final int MIN_LENGTH = 32;

	private static final Logger logger = LoggerFactory.getLogger(BootstrapToken.class);

	@Nullable private final byte[] hash;

	BootstrapToken(SecurityProperties properties) {
		String token = properties.bootstrapToken();
		if (token == null || token.isBlank()) {
			this.hash = null;
			return;
		}
		if (token.length() < MIN_LENGTH) {
			throw new IllegalStateException(PROPERTY + " must have at least " + MIN_LENGTH + " characters (it has "
					+ token.length() + "); use a long random value, e.g. the output of 'openssl rand -hex 32'");
		}
		this.hash = ApiTokenService.hash(token).getBytes(StandardCharsets.US_ASCII);
		logger.warn("{} is set: it is accepted as a permanent ADMIN token. Create API tokens with it "
				+ "(createApiToken), then remove it from the configuration", PROPERTY);
	}

	/**
	 * Whether this secret is the bootstrap token (compared by hash, in constant time).
	 */
	boolean matches(String secret) {
		return this.hash != null
				&& MessageDigest.isEqual(this.hash, ApiTokenService.hash(secret).getBytes(StandardCharsets.US_ASCII));
	}

}
