package com.newsroom.contentapi.delivery;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.jspecify.annotations.Nullable;

/**
 * A GraphQL-over-HTTP request once its parameters have been read and checked: a string query (absent for a
 * persisted query sent by hash), a string operation name, and variables and extensions as JSON objects.
 */
record GraphQlHttpRequest(@Nullable String query, @Nullable String operationName, @Nullable ObjectNode variables,
		@Nullable ObjectNode extensions, boolean get) {

	/** The {@code extensions.persistedQuery.sha256Hash} sent, if any (checked by the GraphQL layer). */
	@Nullable
	String persistedHash() {
		if (this.extensions == null) {
			return null;
		}
		JsonNode hash = this.extensions.path("persistedQuery").path("sha256Hash");
		return hash.isString() ? hash.asString() : null;
	}

	/** The request as the JSON body that Spring for GraphQL reads. */
	ObjectNode toBody(ObjectNode body) {
		if (this.query != null) {
			body.put("query", this.query);
		}
		if (this.operationName != null) {
			body.put("operationName", this.operationName);
		}
		if (this.variables != null) {
			body.set("variables", this.variables);
		}
		if (this.extensions != null) {
			body.set("extensions", this.extensions);
		}
		return body;
	}

}
