package com.newsroom.contentapi.security;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sent the request: the name and role of a valid API token, or anonymous. Decided
 * once per request by {@link ApiTokenFilter}, into Spring Security's context: a request
 * with an unknown or revoked token never gets this far (HTTP 401). Which operations need
 * which role is said once per operation, on its controller method ({@link EditorsOnly},
 * {@link ModeratorsOnly}, {@link AdminsOnly}, {@link EditorsAndModerators}); services
 * take the caller to record who made a change, and readers to decide what it may see
 * ({@link #hasAny}).
 */
public record Caller(@Nullable String name, @Nullable Role role) {

	public static final Caller ANONYMOUS = new Caller(null, null);

	/**
	 * The key of the caller in the GraphQL context ({@code @ContextValue Caller caller}).
	 */
	public static final String CONTEXT_KEY = "caller";

	/** The caller of the current request, as Spring Security authenticated it. */
	public static Caller current() {
		return (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token)
				? token.getPrincipal() : ANONYMOUS;
	}

	public boolean isAnonymous() {
		return this.role == null;
	}

	/** Whether this caller holds any of the roles (an {@code ADMIN} holds them all). */
	public boolean hasAny(Role... roles) {
		return this.role != null && Arrays.stream(roles).anyMatch(this.role::grants);
	}

}
