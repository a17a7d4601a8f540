package com.newsroom.contentapi.security;

import java.util.Map;

import graphql.introspection.Introspection;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code Authorization: Bearer} header into a {@link Caller}, and the connection into a
 * {@link ClientInfo}, both in the GraphQL context. It also applies {@code contentapi.graphql.introspection}:
 * with {@code editors-only}, schema introspection is switched off for everyone but editors and admins. Authorisation
 * itself happens in the services ({@link Caller#require}), next to the operation it protects.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	private static final String BEARER = "bearer ";

	private final ApiTokenService tokens;

	private final boolean trustForwardedFor;

	private final String introspection;

	CallerInterceptor(ApiTokenService tokens,
			@Value("${contentapi.http.trust-forwarded-for:false}") boolean trustForwardedFor,
			@Value("${contentapi.graphql.introspection:enabled}") String introspection) {
		this.tokens = tokens;
		this.trustForwardedFor = trustForwardedFor;
		this.introspection = introspection;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = resolve(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		ClientInfo client = ClientInfo.of(request.getHeaders(), request.getRemoteAddress(), this.trustForwardedFor);
		boolean introspectionDisabled = "disabled".equals(this.introspection)
				|| ("editors-only".equals(this.introspection) && !caller.hasAny(Role.EDITOR));
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller, ClientInfo.CONTEXT_KEY, client,
					Introspection.INTROSPECTION_DISABLED, introspectionDisabled))
			.build());
		return chain.next(request);
	}

	private Caller resolve(String authorization) {
		if (authorization == null || authorization.length() <= BEARER.length()
				|| !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return Caller.ANONYMOUS;
		}
		return this.tokens.authenticate(authorization.substring(BEARER.length()).strip()).orElse(Caller.ANONYMOUS);
	}

}
