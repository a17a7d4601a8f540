package com.newsroom.contentapi.delivery;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What clients and attackers send that the delivery layer must answer correctly: media
 * types, malformed parameters, oversized bodies, other routes into GraphQL, requests that
 * must not be served from or stored in the response cache, introspection, and gated
 * fields in a reader's document.
 */
class HostileRequestTests extends IntegrationTest {

	private static final String HEADLINES = "{ articles(first: 5, locale: \"fr\") { edges { node { title } } } }";

	private EntityExchangeResult<String> postWith(String contentType, String accept, String body) {
		var request = http().post().uri("/graphql").header("Content-Type", contentType);
		if (accept != null) {
			request = request.header("Accept", accept);
		}
		return request.bodyValue(body).exchange().expectBody(String.class).returnResult();
	}

	@Test
	void anEventStreamAcceptIsRefusedAndNeverPoisonsTheCache() {
		createPublishedArticle(List.of(translation("fr", "Titre public", "Texte")), List.of());
		String body = "{\"query\":\"" + HEADLINES.replace("\"", "\\\"") + "\"}";
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<String> sse = postWith("application/json", "text/event-stream", body);
			assertThat(sse.getStatus()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
			assertThat(sse.getResponseHeaders().getCacheControl()).contains("no-store");
			assertThat(sse.getResponseBody()).contains("\"code\":\"BAD_USER_INPUT\"");
		}
		EntityExchangeResult<String> json = postWith("application/json", "application/json", body);
		assertThat(json.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		assertThat(json.getResponseBody()).contains("Titre public");
		assertThat(json.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		assertThat(json.getResponseHeaders().getFirst("Vary")).contains("Accept");
	}

	@Test
	void htmlOnlyAcceptIs406WithAGraphQlErrorBody() {
		EntityExchangeResult<String> html = postWith("application/json", "text/html",
				"{\"query\":\"{ locales { tag } }\"}");
		assertThat(html.getStatus()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
		assertThat(html.getResponseBody()).contains("\"code\":\"BAD_USER_INPUT\"");
	}

	@Test
	void aHitIsServedInTheMediaTypeThisRequestNegotiated() {
		createPublishedArticle(List.of(translation("fr", "Deux types", "Texte")), List.of());
		String body = "{\"query\":\"" + HEADLINES.replace("\"", "\\\"") + "\"}";
		postWith("application/json", "application/graphql-response+json", body);
		EntityExchangeResult<String> graphQlResponse = postWith("application/json", "application/graphql-response+json",
				body);
		assertThat(graphQlResponse.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		assertThat(graphQlResponse.getResponseHeaders().getContentType().toString())
			.startsWith("application/graphql-response+json");
		EntityExchangeResult<String> json = postWith("application/json", "application/json", body);
		assertThat(json.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		assertThat(json.getResponseHeaders().getContentType().toString()).startsWith("application/json");
	}

	@Test
	void malformedParametersAreRefusedOnAHitAsOnAMiss() {
		String query = "{ locales { tag } }";
		post(query);
		assertThat(post(query).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		for (String body : List.of("{\"query\":\"" + query + "\",\"operationName\":{}}",
				"{\"query\":\"" + query + "\",\"extensions\":\"x\"}", "{\"query\":\"" + query + "\",\"variables\":[1]}",
				"{\"query\":42}")) {
			EntityExchangeResult<String> result = postWith("application/json", null, body);
			assertThat(result.getStatus()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(result.getResponseBody()).as(body).contains("\"code\":\"BAD_USER_INPUT\"");
		}
	}

	@Test
	void largeOrReorderedVariablesDoNotMakeNewEntries() {
		String query = "query($l: Locale) { articles(locale: $l) { totalCount } }";
		String big = "x".repeat(100_000);
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<String> result = http().post()
				.uri("/graphql")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("query", query, "variables", Map.of("l", "fr", "unused", big)))
				.exchange()
				.expectBody(String.class)
				.returnResult();
			assertThat(result.getResponseHeaders().getFirst("X-Cache")).as("large variables are never kept")
				.isEqualTo("MISS");
		}
		postWith("application/json", null, "{\"query\":\"" + query + "\",\"variables\":{\"l\":\"fr\",\"a\":1}}");
		assertThat(
				postWith("application/json", null, "{\"query\":\"" + query + "\",\"variables\":{\"a\":1,\"l\":\"fr\"}}")
					.getResponseHeaders()
					.getFirst("X-Cache"))
			.as("canonical variables")
			.isEqualTo("HIT");
	}

	@Test
	void responsesLargerThanTheLimitAreSentButNotStored() {
		String body = "Un paragraphe assez long pour peser. ".repeat(8_000);
		createPublishedArticle(List.of(Map.of("locale", "fr", "title", "Très long", "body", body, "slug", "tres-long")),
				List.of());
		String query = "{ article(slug: \"tres-long\", locale: \"fr\") { title body { html } } }";
		for (int i = 0; i < 2; i++) {
			EntityExchangeResult<String> result = post(query);
			assertThat(result.getResponseBody()).contains("Très long").hasSizeGreaterThan(256 * 1024);
			assertThat(result.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		}
	}

	@Test
	void aLookupThatFoundNothingIsPurgedWhenTheArticleIsPublished() {
		String id = createArticle(
				List.of(Map.of("locale", "fr", "title", "Bientôt", "body", "Texte", "slug", "bientot")), List.of());
		String query = "{ article(slug: \"bientot\", locale: \"fr\") { title } }";
		assertThat(post(query).getResponseBody()).contains("\"article\":null");
		assertThat(post(query).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(post(query).getResponseBody()).contains("Bientôt");
	}

	/**
	 * One MiB over the 16 MiB limit: Tomcat reads and discards up to 2 MiB after a
	 * refusal, so the client finishes sending and reads the 413 instead of racing a
	 * closed connection.
	 */
	@Test
	void aChunkedBodyLargerThanTheLimitIs413() throws Exception {
		byte[] start = "{\"query\":\"{ locales { tag } }\",\"variables\":{\"x\":\"".getBytes(StandardCharsets.US_ASCII);
		InputStream body = new SequenceInputStream(Collections
			.enumeration(List.of(new ByteArrayInputStream(start), new ByteArrayInputStream(new byte[17 * 1024 * 1024]) {
				@Override
				public synchronized int read(byte[] b, int off, int len) {
					int read = super.read(b, off, len);
					java.util.Arrays.fill(b, off, off + Math.max(read, 0), (byte) 'a');
					return read;
				}
			}, new ByteArrayInputStream("\"}}".getBytes(StandardCharsets.US_ASCII)))));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("\"code\":\"BAD_USER_INPUT\"");
	}

	@Test
	void unsupportedContentTypesAre415WithAGraphQlErrorBody() {
		for (String contentType : List.of("*/*", "application/graphql", "text/plain",
				"application/x-www-form-urlencoded")) {
			EntityExchangeResult<String> result = postWith(contentType, null, "{\"query\":\"{ locales { tag } }\"}");
			assertThat(result.getStatus()).as(contentType).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
			assertThat(result.getResponseBody()).as(contentType).contains("\"code\":\"BAD_USER_INPUT\"");
		}
	}

	@Test
	void pathParametersDoNotLeadAroundTheChecks() {
		for (String contentType : List.of("application/graphql", "application/json")) {
			EntityExchangeResult<String> anonymous = http().post()
				.uri("/graphql;a=b")
				.header("Content-Type", contentType)
				.bodyValue("{\"query\":\"{ locales { tag } }\"}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			assertThat(anonymous.getStatus()).as(contentType).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(anonymous.getResponseBody()).as(contentType)
				.contains("\"code\":\"BAD_USER_INPUT\"")
				.doesNotContain("locales");
			EntityExchangeResult<String> wrongToken = http().post()
				.uri("/graphql;a=b")
				.header("Content-Type", contentType)
				.header("Authorization", "Bearer junk")
				.header("X-Forwarded-For", "198.51.100.71")
				.bodyValue("{\"query\":\"{ locales { tag } }\"}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			assertThat(wrongToken.getStatus()).as(contentType).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(wrongToken.getResponseBody()).as(contentType)
				.contains("\"code\":\"UNAUTHENTICATED\"")
				.doesNotContain("locales");
		}
		EntityExchangeResult<String> encoded = http().post()
			.uri("/graph%71l")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer junk")
			.bodyValue(Map.of("query", "{ locales { tag } }"))
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(encoded.getResponseBody()).doesNotContain("\"locales\"");
	}

	@Test
	void theStandardIntrospectionQueryRunsForEveryoneWhoMayIntrospect() throws Exception {
		String introspection = Files.readString(Path.of("src/test/resources/introspection/graphql-js.graphql"));
		for (var tester : List.of(this.anonymous, this.admin)) {
			tester.document(introspection)
				.execute()
				.path("__schema.queryType.name")
				.entity(String.class)
				.isEqualTo("Query");
		}
	}

	@Test
	void badFaithIntrospectionIsTooComplex() {
		this.anonymous.document(
				"{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }")
			.execute()
			.errors()
			.satisfy(hasError("QUERY_TOO_COMPLEX"));
	}

	@Test
	void aGatedFieldCostsOnlyItselfInAReadersDocument() {
		createPublishedArticle(List.of(translation("fr", "Lisible", "Texte")), List.of());
		var response = this.anonymous.document(
				"{ articles(first: 2) { edges { node { title revisions(first: 1) { totalCount } } } } apiTokens { name } }")
			.execute();
		response.errors()
			.satisfy(errors -> assertThat(errors).hasSize(2)
				.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
		response.path("articles.edges[0].node.title").entity(String.class).isEqualTo("Lisible");
		response.path("articles.edges[0].node.revisions").valueIsNull();
		response.path("apiTokens").valueIsNull();
	}

	@Test
	void otherMethodsAre405() {
		EntityExchangeResult<String> result = http().put()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ locales { tag } }"))
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(result.getStatus()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
		assertThat(result.getResponseHeaders().getFirst("Allow")).isEqualTo("GET, POST");
	}

}
