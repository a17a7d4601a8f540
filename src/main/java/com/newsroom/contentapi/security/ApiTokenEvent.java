package com.newsroom.contentapi.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Published when an API token is created or revoked, for the audit log. */
public record ApiTokenEvent(String action, String tokenId, String tokenName, Role role, @Nullable String actor,
		Instant at) {
}
