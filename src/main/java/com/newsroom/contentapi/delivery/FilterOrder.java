package com.newsroom.contentapi.delivery;

import org.springframework.core.Ordered;

/**
 * Where the servlet filters that answer {@code /graphql} stand: right after Spring's
 * character encoding filter and ahead of every other one (the HTTP server observation,
 * which {@link DeliveryConfiguration} moves behind them, the request-context filter,
 * Spring Security's chain), because a response from the cache needs none of them: CORS
 * first, so that every answer carries it; then the caller, so that every decision after
 * it knows who asks; then {@link GraphQlHttpFilter}.
 */
public final class FilterOrder {

	/**
	 * CORS for {@code /graphql}: preflights answered, headers on every response, refusals
	 * included.
	 */
	public static final int CORS = Ordered.HIGHEST_PRECEDENCE + 2;

	/** Who the caller is (an API token or nobody), on every path. */
	public static final int CALLER = Ordered.HIGHEST_PRECEDENCE + 5;

	/**
	 * GraphQL over HTTP: reading, the response cache, and the hand-over to Spring for
	 * GraphQL.
	 */
	static final int GRAPHQL = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * Spring's HTTP server observation ({@code http.server.requests}), for every other
	 * path.
	 */
	static final int HTTP_OBSERVATION = GRAPHQL + 1;

	private FilterOrder() {
	}

}
