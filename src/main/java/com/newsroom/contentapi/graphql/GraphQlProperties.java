package com.newsroom.contentapi.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and delivery settings of the GraphQL endpoint.
 *
 * @param maxDepth deepest field nesting allowed
 * @param maxComplexity fields a query may resolve, connection fields multiplying what they contain by their page size
 * @param maxQueryLength characters of query text
 * @param maxAliases aliased fields in one document
 * @param maxOperations operations in one document
 * @param introspection {@code enabled}, {@code editors-only} (anonymous clients cannot introspect) or {@code disabled}
 * @param persistedOnly when {@code true}, anonymous clients may only run registered (persisted) queries
 * @param documentCacheSize parsed and validated documents kept in memory
 * @param responseCache the server-side cache of anonymous query responses
 * @param httpCache what anonymous query responses tell browsers and CDNs
 */
@ConfigurationProperties("contentapi.graphql")
public record GraphQlProperties(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("20000") int maxQueryLength, @DefaultValue("30") int maxAliases,
		@DefaultValue("5") int maxOperations, @DefaultValue("enabled") String introspection,
		@DefaultValue("false") boolean persistedOnly, @DefaultValue("2000") int documentCacheSize,
		@DefaultValue ResponseCache responseCache, @DefaultValue HttpCache httpCache) {

	/**
	 * @param ttl bounds staleness when several instances serve the same content (a write invalidates at once
	 * only on the instance that made it)
	 */
	public record ResponseCache(@DefaultValue("true") boolean enabled, @DefaultValue("10000") int maxEntries,
			@DefaultValue("60s") Duration ttl) {
	}

	public record HttpCache(@DefaultValue("30s") Duration maxAge, @DefaultValue("60s") Duration staleWhileRevalidate) {
	}

}
