package com.newsroom.contentapi.graphql;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and delivery settings of the GraphQL endpoint.
 *
 * @param maxDepth deepest field nesting allowed
 * @param maxComplexity fields a query may resolve, connection fields multiplying what
 * they contain by their page size
 * @param maxQueryLength characters of query text
 * @param maxAliases aliased fields in one document
 * @param maxOperations operations in one document
 * @param introspection {@code enabled}, {@code editors-only} (anonymous clients cannot
 * introspect) or {@code disabled}
 * @param persistedOnly when {@code true}, anonymous clients may only run registered
 * (persisted) queries
 * @param maxTokens tokens graphql-java's parser reads in one document before it gives up
 * @param documentCacheMaxChars characters of query text whose parsed documents (and
 * persisted texts) are kept in memory; a parsed document costs about a hundred bytes per
 * character, so this bounds that memory by weight
 * @param metricOperationNames operation names that tag request timings even when their
 * document is not a registered persisted query (any other name is tagged {@code other})
 * @param responseCache the server-side cache of anonymous query responses
 * @param httpCache what anonymous query responses tell browsers and CDNs
 */
@ConfigurationProperties("contentapi.graphql")
public record GraphQlProperties(@DefaultValue("12") int maxDepth, @DefaultValue("2000") int maxComplexity,
		@DefaultValue("20000") int maxQueryLength, @DefaultValue("30") int maxAliases,
		@DefaultValue("5") int maxOperations, @DefaultValue("enabled") String introspection,
		@DefaultValue("false") boolean persistedOnly, @DefaultValue("5000") int maxTokens,
		@DefaultValue("500000") long documentCacheMaxChars, @DefaultValue( {
		}) java.util.List<String> metricOperationNames, @DefaultValue ResponseCache responseCache,
		@DefaultValue HttpCache httpCache){

	/**
	 * @param maxSize bytes of response bodies kept
	 * @param maxResponseSize a larger response is sent but not kept
	 * @param maxVariablesSize a request whose variables are larger (as canonical JSON) is
	 * not looked up or kept
	 * @param ttl bounds staleness when several instances serve the same content and
	 * change streams are off
	 * @param changeStreams follow other instances' writes through MongoDB change streams
	 */
	public record ResponseCache(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("256KB") DataSize maxResponseSize, @DefaultValue("2KB") DataSize maxVariablesSize,
			@DefaultValue("60s") Duration ttl, @DefaultValue("true") boolean changeStreams) {
	}

	public record HttpCache(@DefaultValue("30s") Duration maxAge, @DefaultValue("60s") Duration staleWhileRevalidate) {
	}

}
