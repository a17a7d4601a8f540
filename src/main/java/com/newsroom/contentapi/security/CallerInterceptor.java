package com.newsroom.contentapi.security;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code Authorization: Bearer} header into a {@link Caller}, and the connection into a
 * {@link ClientInfo}, both in the GraphQL context. Authorisation
 * itself happens in the services ({@link Caller#require}), next to the operation it protects.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	private static final String BEARER = "bearer ";

	private final ApiTokenService tokens;

	private final boolean trustForwardedFor;

	CallerInterceptor(ApiTokenService tokens,
			@Value("${contentapi.http.trust-forwarded-for:false}") boolean trustForwardedFor) {
		this.tokens = tokens;
		this.trustForwardedFor = trustForwardedFor;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Caller caller = resolve(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
		ClientInfo client = ClientInfo.of(request.getHeaders(), request.getRemoteAddress(), this.trustForwardedFor);
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller, ClientInfo.CONTEXT_KEY, client))
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
