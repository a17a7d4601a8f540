package com.newsroom.contentapi.delivery;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.MediaType;

/**
 * Abusive documents are refused before anything executes, each limit with its own check.
 */
class QueryLimitTests extends IntegrationTest {

	@Test
	void tooDeep() {
		String deep = "{ articles { edges { node { comments { edges { node { replies { replies { replies { replies "
				+ "{ replies { replies { replies { id } } } } } } } } } } } } } }";
		this.anonymous.document(deep)
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX", error -> error.getMessage().contains("depth")));
	}

	@Test
	void tooComplexBecauseConnectionsMultiplyByTheirPageSize() {
		this.anonymous
			.document("{ tags(first: 100) { edges { node { articles(first: 100) { edges { node { title } } } } } } }")
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX", error -> error.getMessage().contains("complexity")));
		// the headlines query of a front-end is well within the limit
		this.anonymous.document(
				"{ articles(first: 100) { edges { node { title slug excerpt publishedAt tags { name slug } commentCount } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void listsSizedByFirstMultiplyLikeConnections() {
		this.anonymous.document(
				"{ articles(first: 20) { edges { node { related(first: 20) { title related(first: 20) { title } } } } } }")
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX", error -> error.getMessage().contains("complexity")));
	}

	@Test
	void tooManyAliases() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			query.append(" a").append(i).append(": locales { tag }");
		}
		this.anonymous.document(query.append(" }").toString())
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX", error -> error.getMessage().contains("aliases")));
	}

	@Test
	void tooManyOperations() {
		StringBuilder document = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			document.append("query Q").append(i).append(" { locales { tag } } ");
		}
		this.anonymous.document(document.toString())
			.operationName("Q0")
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX", error -> error.getMessage().contains("operations")));
	}

	@Test
	void tooLong() {
		String query = "{ locales { tag } }" + " ".repeat(20_001);
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("QUERY_TOO_COMPLEX");
	}

	@Test
	void batchedRequestsAreRefused() {
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("[{\"query\":\"{ locales { tag } }\"},{\"query\":\"{ locales { tag } }\"}]")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void introspectionIsOnByDefault() {
		this.anonymous.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void requestTimingsAreTaggedWithRegisteredOperationNamesOnly() {
		String registered = "query Headlines { articles { totalCount } }";
		Map<String, Object> extensions = Map.of("persistedQuery",
				Map.of("version", 1, "sha256Hash", com.newsroom.contentapi.text.Digests.sha256Hex(registered)));
		http().post()
			.uri("/graphql")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.bodyValue(Map.of("query", registered, "extensions", extensions))
			.exchange()
			.expectStatus()
			.isOk();
		http().post()
			.uri("/graphql")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("extensions", extensions))
			.exchange()
			.expectBody()
			.jsonPath("$.data.articles.totalCount")
			.isEqualTo(0);
		for (int i = 0; i < 20; i++) {
			this.anonymous.document("query Invented" + i + " { articles { totalCount } }")
				.execute()
				.path("articles.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		String scrape = prometheus();
		org.assertj.core.api.Assertions.assertThat(scrape)
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"Headlines\"")
			.containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"other\"")
			.doesNotContain("Invented");
	}

	private String prometheus() {
		return http().get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void graphQlHttpRequestsAreTimedByCacheOutcomeInsteadOfTheGenericHttpObservation() {
		for (int i = 0; i < 2; i++) {
			this.anonymous.document("query Timed { articles { totalCount } }")
				.execute()
				.path("articles.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		org.assertj.core.api.Assertions.assertThat(prometheus())
			.containsPattern("graphql_http_requests_seconds_count\\{cache=\"MISS\",status=\"200\"\\} [1-9]")
			.containsPattern("graphql_http_requests_seconds_count\\{cache=\"HIT\",status=\"200\"\\} [1-9]")
			.doesNotContainPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/graphql\"");
	}

}
