package com.newsroom.contentapi.graphql;

import graphql.GraphQLContext;

/**
 * Lets a field say that the response it is part of must never be stored by a cache,
 * shared or private: one-time values (comment challenges) and content behind a capability
 * (preview links).
 */
public final class ResponseCaching {

	public static final String NO_STORE = "contentapi.noStore";

	private ResponseCaching() {
	}

	public static void forbidStoring(GraphQLContext context) {
		context.put(NO_STORE, Boolean.TRUE);
	}

}
