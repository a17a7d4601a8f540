package com.newsroom.contentapi.delivery;

import java.util.Set;

/**
 * What the HTTP layer needs to know about an execution to decide about caching, filled in by
 * {@link DeliveryInterceptor} and read by {@link GraphQlHttpFilter}. It travels as a servlet request attribute
 * (the attribute map Spring for GraphQL exposes is read-only, so the filter puts this holder there first).
 */
final class ExecutionOutcome {

	static final String ATTRIBUTE = ExecutionOutcome.class.getName();

	volatile String operation;

	volatile Set<String> surrogateKeys = Set.of();

	volatile boolean hasErrors;

	volatile boolean noStore;

}
