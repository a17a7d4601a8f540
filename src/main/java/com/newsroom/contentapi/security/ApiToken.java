package com.newsroom.contentapi.security;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.jspecify.annotations.Nullable;

/**
 * An API token as stored: only the SHA-256 hash of its secret (the secrets are long
 * random strings, so a fast hash is enough and lookups stay a single indexed read).
 * Revoked tokens are kept for the record.
 */
@Document("api_tokens")
public record ApiToken(@Id @Nullable String id, String name, Role role, String secretHash, Instant createdAt,
		@Nullable String createdBy, @Nullable Instant revokedAt) {

	public ApiToken revoked(Instant at) {
		return new ApiToken(this.id, this.name, this.role, this.secretHash, this.createdAt, this.createdBy, at);
	}

}
