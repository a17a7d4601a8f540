package com.newsroom.contentapi.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Production settings: anonymous clients may only run registered queries and cannot
 * introspect.
 */
@TestPropertySource(
		properties = { "contentapi.graphql.persisted-only=true", "contentapi.graphql.introspection=editors-only" })
class RestrictedDeliveryTests extends IntegrationTest {

	private static final String QUERY = "{ locales { tag } }";

	private URI persistedGet(String hash, String query) {
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		String uri = "http://localhost:" + this.port + "/graphql?extensions="
				+ java.net.URLEncoder.encode(extensions, StandardCharsets.UTF_8);
		if (query != null) {
			uri += "&query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
		}
		return URI.create(uri);
	}

	@Test
	void anonymousClientsMayOnlyRunRegisteredQueries() {
		String query = QUERY + " # " + System.nanoTime();
		String hash = com.newsroom.contentapi.text.Digests.sha256Hex(query);
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN");
		http().get()
			.uri(persistedGet(hash, query))
			.header("Accept", "application/graphql-response+json")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("FORBIDDEN");
		// an editor registers it...
		http().get()
			.uri(persistedGet(hash, query))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.locales[0].tag")
			.isEqualTo("ar");
		// ...then anonymous clients may run it, by hash or by text
		http().get()
			.uri(persistedGet(hash, null))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.locales[1].tag")
			.isEqualTo("fr");
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void noAuthorizationHeaderLeadsAroundTheAllowListOrRegistersAnything() {
		String query = QUERY + " # junk " + System.nanoTime();
		String hash = com.newsroom.contentapi.text.Digests.sha256Hex(query);
		for (String authorization : java.util.List.of("x", "Bearer junk", "Basic Zm9vOmJhcg==")) {
			assertUnauthenticated(http().get()
				.uri(persistedGet(hash, query))
				.header("Authorization", authorization)
				.exchange()
				.expectBody(String.class)
				.returnResult());
			assertUnauthenticated(post(query, "Authorization", authorization));
		}
		http().get()
			.uri(persistedGet(hash, null))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(this.mongo.exists(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(hash)),
				"persisted_queries"))
			.isFalse();
	}

	@Test
	void noOtherContentTypeOrSpellingOfThePathRunsAnUnregisteredQuery() {
		String query = QUERY + " # route " + System.nanoTime();
		for (String authorization : java.util.Arrays.asList(null, "Bearer junk")) {
			var graphQlBody = http().post().uri("/graphql").header("Content-Type", "application/graphql");
			var pathParameter = http().post().uri("/graphql;a=b").contentType(MediaType.APPLICATION_JSON);
			if (authorization != null) {
				graphQlBody = graphQlBody.header("Authorization", authorization);
				pathParameter = pathParameter.header("Authorization", authorization);
			}
			String refusedAsGraphQlBody = graphQlBody.bodyValue(query)
				.exchange()
				.expectStatus()
				.value(status -> assertThat(status).isIn(401, 415))
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			assertThat(refusedAsGraphQlBody).doesNotContain("\"data\"").contains("\"code\"");
			pathParameter.bodyValue(Map.of("query", query))
				.exchange()
				.expectStatus()
				.isEqualTo((authorization == null) ? 400 : 401)
				.expectBody()
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo((authorization == null) ? "BAD_USER_INPUT" : "UNAUTHENTICATED");
		}
		assertThat(this.mongo.exists(org.springframework.data.mongodb.core.query.Query
			.query(org.springframework.data.mongodb.core.query.Criteria.where("_id")
				.is(com.newsroom.contentapi.text.Digests.sha256Hex(query))), "persisted_queries"))
			.isFalse();
	}

	@Test
	void editorsRunTheStandardIntrospectionQuery() throws Exception {
		String introspection = java.nio.file.Files
			.readString(java.nio.file.Path.of("src/test/resources/introspection/graphql-js.graphql"));
		this.editor.document(introspection)
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

	@Test
	void onlyDocumentsThatValidateAreRegistered() {
		for (String text : java.util.List.of("not graphql at all " + System.nanoTime(),
				"{ noSuchField " + System.nanoTime() + " }")) {
			String hash = com.newsroom.contentapi.text.Digests.sha256Hex(text);
			http().get()
				.uri(persistedGet(hash, text))
				.header("Authorization", "Bearer " + ADMIN_TOKEN)
				.exchange()
				.expectBody()
				.jsonPath("$.errors[0].extensions.code")
				.isEqualTo("BAD_USER_INPUT");
			assertThat(this.mongo.exists(
					org.springframework.data.mongodb.core.query.Query
						.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(hash)),
					"persisted_queries"))
				.as(text)
				.isFalse();
		}
	}

	@Test
	void introspectionIsForEditorsOnly() {
		String introspection = "{ __schema { queryType { name } } }";
		http().get()
			.uri(persistedGet(com.newsroom.contentapi.text.Digests.sha256Hex(introspection), introspection))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isOk();
		// registered, so the allow-list lets it through, but anonymous clients may not
		// introspect
		this.anonymous.document(introspection)
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN", error -> error.getMessage().toLowerCase().contains("introspection")));
		this.editor.document("{ __schema { queryType { name } } }")
			.execute()
			.path("__schema.queryType.name")
			.entity(String.class)
			.isEqualTo("Query");
	}

}
