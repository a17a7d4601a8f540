package com.newsroom.contentapi.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL over HTTP delivery: GET, persisted queries, HTTP caching, the response cache
 * and its invalidation.
 */
class DeliveryTests extends IntegrationTest {

	private static final String HEADLINES = "{ articles(first: 20, locale: \"fr\") { edges { node { id title tags { name } commentCount } } } }";

	private URI get(Map<String, String> parameters) {
		StringBuilder uri = new StringBuilder("http://localhost:" + this.port + "/graphql?");
		parameters.forEach((name, value) -> uri.append(name)
			.append('=')
			.append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
			.append('&'));
		return URI.create(uri.toString());
	}

	private static String persisted(String hash) {
		return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
	}

	@Test
	void queriesWorkOverGetWithVariables() {
		createPublishedArticle(List.of(translation("ar", "مقال", "نص")), List.of());
		http().get()
			.uri(get(Map.of("query", "query($l: Locale) { articles(locale: $l) { edges { node { title locale } } } }",
					"variables", "{\"l\":\"ar\"}")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.articles.edges[0].node.title")
			.isEqualTo("مقال");
	}

	@Test
	void mutationsOverGetAre405() {
		http().get()
			.uri(get(Map.of("query", "mutation { deleteTag(id: \"x\") }")))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals("Allow", "POST");
	}

	@Test
	void persistedQueryRoundTrip() {
		createPublishedArticle(List.of(translation("fr", "Persisté", "Texte")), List.of());
		String query = "{ articles(locale: \"fr\") { edges { node { title } } } } # " + System.nanoTime();
		String hash = com.newsroom.contentapi.text.Digests.sha256Hex(query);
		http().get()
			.uri(get(Map.of("extensions", persisted(hash))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("PERSISTED_QUERY_NOT_FOUND")
			.jsonPath("$.errors[0].message")
			.isEqualTo("PersistedQueryNotFound");
		http().get()
			.uri(get(Map.of("query", query, "extensions", persisted(hash))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.articles.edges[0].node.title")
			.isEqualTo("Persisté");
		http().get()
			.uri(get(Map.of("extensions", persisted(hash))))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.data.articles.edges[0].node.title")
			.isEqualTo("Persisté");
		// an anonymous registration lives in memory only: no anonymous client can make
		// the service store anything
		assertThat(this.mongo.exists(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(hash)),
				"persisted_queries"))
			.isFalse();
		String editorsQuery = query + " editor";
		String editorsHash = com.newsroom.contentapi.text.Digests.sha256Hex(editorsQuery);
		http().get()
			.uri(get(Map.of("query", editorsQuery, "extensions", persisted(editorsHash))))
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.mongo.exists(
				org.springframework.data.mongodb.core.query.Query
					.query(org.springframework.data.mongodb.core.query.Criteria.where("_id").is(editorsHash)),
				"persisted_queries"))
			.isTrue();
	}

	@Test
	void persistedQueryWithAWrongHashIsRefused() {
		Map<String, Object> body = Map.of("query", "{ locales { tag } }", "extensions", Map.of("persistedQuery",
				Map.of("version", 1, "sha256Hash", com.newsroom.contentapi.text.Digests.sha256Hex("something else"))));
		// a request error: HTTP 200 under application/json, 400 under
		// application/graphql-response+json
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept", "application/graphql-response+json")
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith("application/graphql-response+json")
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void anonymousQueriesGetAStrongEtagAnd304() {
		createPublishedArticle(List.of(translation("fr", "ETag", "Texte")), List.of());
		URI uri = get(Map.of("query", HEADLINES));
		String etag = http().get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("ETag", "\"[A-Za-z0-9_-]{32}\"")
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();
		http().get()
			.uri(uri)
			.header("If-None-Match", etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals("ETag", etag)
			.expectBody()
			.isEmpty();
		http().get().uri(uri).header("If-None-Match", "\"stale\"").exchange().expectStatus().isOk();
	}

	@Test
	void anonymousQueryHeadersNameWhatTheResponseContains() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		String id = createPublishedArticle(List.of(translation("fr", "Clés", "Texte")), List.of("maroc"));
		String tagId = this.anonymous.document("{ tag(slug: \"maroc\") { id } }")
			.execute()
			.path("tag.id")
			.entity(String.class)
			.get();
		EntityExchangeResult<String> response = post(HEADLINES);
		assertThat(response.getStatus().value()).isEqualTo(200);
		assertThat(response.getResponseHeaders().getCacheControl())
			.isEqualTo("public, max-age=30, stale-while-revalidate=60");
		assertThat(response.getResponseHeaders().getFirst("Vary"))
			.startsWith("Accept, Accept-Language, Authorization, Origin");
		assertThat(response.getResponseHeaders().getFirst("Surrogate-Key").split(" "))
			.containsExactlyInAnyOrder("article:" + id, "tag:" + tagId, "articles");
	}

	@Test
	void authenticatedRequestsAndMutationsAreNeverStored() {
		EntityExchangeResult<String> editor = post(HEADLINES, "Authorization", "Bearer " + ADMIN_TOKEN);
		assertThat(editor.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		assertThat(editor.getResponseHeaders().getETag()).isNull();
		EntityExchangeResult<String> mutation = post(
				"mutation { createTag(input: { slug: \"x\", names: [] }) { id } }");
		assertThat(mutation.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
	}

	@Test
	void secondAnonymousRequestIsServedFromTheResponseCache() {
		createPublishedArticle(List.of(translation("fr", "Cache", "Texte")), List.of());
		assertThat(post(HEADLINES).getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		this.commands.reset();
		EntityExchangeResult<String> second = post(HEADLINES);
		assertThat(second.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		assertThat(second.getResponseBody()).contains("Cache");
		assertThat(this.commands.count()).isZero();
		// another locale chain is another entry
		assertThat(post(HEADLINES, "Accept-Language", "ar").getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
	}

	@Test
	void concurrentMissesOfOneQueryExecuteItOnce() throws Exception {
		createPublishedArticle(List.of(translation("fr", "Très demandé", "Texte")), List.of());
		this.commands.reset();
		this.commands.holdNextArticlesFind(java.time.Duration.ofMillis(1500));
		var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			var first = pool.submit(() -> post(HEADLINES));
			this.commands.awaitHeld();
			List<java.util.concurrent.Future<EntityExchangeResult<String>>> others = new java.util.ArrayList<>();
			for (int i = 0; i < 5; i++) {
				others.add(pool.submit(() -> post(HEADLINES)));
			}
			assertThat(first.get().getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
			for (var other : others) {
				EntityExchangeResult<String> result = other.get();
				assertThat(result.getResponseBody()).contains("Très demandé");
				assertThat(result.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.commands.recent()
			.stream()
			.filter(command -> command.containsKey("find") && command.getString("find").getValue().equals("articles")))
			.hasSize(1);
	}

	@Test
	void aResponseComputedAcrossAWriteIsNotStored() throws Exception {
		String id = createPublishedArticle(List.of(translation("fr", "Ancien titre", "Texte")), List.of());
		this.commands.holdNextArticlesFind(java.time.Duration.ofMillis(1500));
		var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			var inFlight = pool.submit(() -> post(HEADLINES));
			this.commands.awaitHeld();
			this.editor.document(
					"""
							mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 1, translation: { locale: "fr", title: "Nouveau titre" }) { id } }""")
				.variable("id", id)
				.execute()
				.path("putTranslation.id")
				.entity(String.class)
				.isEqualTo(id);
			// the query read before the write and answers the old title; it must not be
			// kept for the next reader
			assertThat(inFlight.get().getResponseBody()).contains("Ancien titre");
		}
		finally {
			pool.shutdownNow();
		}
		EntityExchangeResult<String> next = post(HEADLINES);
		assertThat(next.getResponseBody()).contains("Nouveau titre").doesNotContain("Ancien titre");
		assertThat(next.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
	}

	@Test
	void anEditedTitleIsVisibleInTheNextResponse() {
		String id = createPublishedArticle(List.of(translation("fr", "Avant", "Texte")), List.of());
		assertThat(post(HEADLINES).getResponseBody()).contains("Avant");
		this.editor.document(
				"""
						mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 1, translation: { locale: "fr", title: "Après" }) { id } }""")
			.variable("id", id)
			.execute()
			.path("putTranslation.id")
			.entity(String.class)
			.isEqualTo(id);
		EntityExchangeResult<String> after = post(HEADLINES);
		assertThat(after.getResponseBody()).contains("Après").doesNotContain("Avant");
		assertThat(after.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
	}

	@Test
	void aPublishedOrDeletedArticleChangesTheListAtOnce() {
		createPublishedArticle(List.of(translation("fr", "Premier", "Texte")), List.of());
		assertThat(post(HEADLINES).getResponseBody()).contains("Premier");
		String second = createPublishedArticle(List.of(translation("fr", "Deuxième", "Texte")), List.of());
		assertThat(post(HEADLINES).getResponseBody()).contains("Premier", "Deuxième");
		this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }")
			.variable("id", second)
			.execute()
			.path("deleteArticle")
			.entity(String.class)
			.isEqualTo(second);
		assertThat(post(HEADLINES).getResponseBody()).contains("Premier").doesNotContain("Deuxième");
	}

	@Test
	void aRenamedTagIsVisibleInTheNextResponse() {
		String tagId = createTag("maroc", "المغرب", "Maroc", "Morocco");
		createPublishedArticle(List.of(translation("fr", "Avec tag", "Texte")), List.of("maroc"));
		assertThat(post(HEADLINES).getResponseBody()).contains("\"Maroc\"");
		this.editor.document(
				"mutation($id: ID!) { updateTag(id: $id, input: { names: [{ locale: \"fr\", name: \"Royaume\" }] }) { id } }")
			.variable("id", tagId)
			.execute()
			.path("updateTag.id")
			.entity(String.class)
			.isEqualTo(tagId);
		assertThat(post(HEADLINES).getResponseBody()).contains("Royaume").doesNotContain("\"Maroc\"");
	}

	@Test
	void anApprovedCommentIsCountedInTheNextResponse() {
		String id = createPublishedArticle(List.of(translation("fr", "Commenté", "Texte")), List.of());
		assertThat(post(HEADLINES).getResponseBody()).contains("\"commentCount\":0");
		String challengeQuery = "{ commentChallenge(locale: \"en\") { token prompt } }";
		var challenge = this.anonymous.document(challengeQuery).execute();
		String token = challenge.path("commentChallenge.token").entity(String.class).get();
		String prompt = challenge.path("commentChallenge.prompt").entity(String.class).get();
		String answer = Integer.toString(com.newsroom.contentapi.comment.ChallengeSolver.solve(prompt, "en"));
		this.clock.advance(java.time.Duration.ofSeconds(10));
		String commentId = this.anonymous.mutate()
			.header("X-Forwarded-For", "10.9.9.9")
			.build()
			.document("mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }")
			.variable("input",
					Map.of("articleId", id, "authorName", "Lina", "authorEmail", "lina@example.ma", "body", "Bravo",
							"challengeToken", token, "challengeAnswer", answer))
			.execute()
			.path("addComment.comment.id")
			.entity(String.class)
			.get();
		this.moderator.document("mutation($id: ID!) { moderateComment(id: $id, status: APPROVED) { status } }")
			.variable("id", commentId)
			.execute()
			.path("moderateComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
		assertThat(post(HEADLINES).getResponseBody()).contains("\"commentCount\":1");
	}

	@Test
	void oneTimeValuesAreNeverCached() {
		String query = "{ commentChallenge(locale: \"fr\") { token } }";
		EntityExchangeResult<String> first = post(query);
		EntityExchangeResult<String> second = post(query);
		assertThat(first.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		assertThat(second.getResponseBody()).isNotEqualTo(first.getResponseBody());
	}

	@Test
	void responsesWithErrorsAreNotCached() {
		EntityExchangeResult<String> response = post("{ articles(first: 500) { totalCount } }");
		assertThat(response.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
	}

}
