package com.newsroom.contentapi.delivery;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;

/**
 * A GraphQL-over-HTTP request once its parameters have been read and checked: a string
 * query (absent for a persisted query sent by hash), a string operation name, and
 * variables and extensions as JSON objects.
 */
record GraphQlHttpRequest(@Nullable String query, @Nullable String operationName, @Nullable ObjectNode variables,
		@Nullable ObjectNode extensions, boolean get) {

	/**
	 * The {@code extensions.persistedQuery.sha256Hash} sent, if any (checked by the
	 * GraphQL layer).
	 */
	@Nullable String persistedHash() {
		if (this.extensions == null) {
			return null;
		}
		JsonNode hash = this.extensions.path("persistedQuery").path("sha256Hash");
		return hash.isString() ? hash.asString() : null;
	}

	/**
	 * The request as Spring for GraphQL executes it (what it would have read from the
	 * same JSON body).
	 */
	@SuppressWarnings("unchecked")
	GraphQlRequest toGraphQlRequest(JsonMapper json) {
		SerializableGraphQlRequest request = new SerializableGraphQlRequest();
		request.setQuery(this.query);
		request.setOperationName(this.operationName);
		if (this.variables != null) {
			request.setVariables(json.treeToValue(this.variables, Map.class));
		}
		if (this.extensions != null) {
			request.setExtensions(json.treeToValue(this.extensions, Map.class));
		}
		return request;
	}

}
