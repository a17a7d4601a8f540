package com.newsroom.contentapi.hostile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker types into every argument: MongoDB operators and dotted or {@code $}
 * keys, regular-expression and Lucene syntax, markup, and Unicode edge cases (NUL, lone
 * surrogates, direction overrides). Each answer is a GraphQL response, never a 5xx, a
 * stack trace or a driver message; every error has a known {@code extensions.code};
 * lookups find nothing they should not; nothing stored changes.
 */
class HostileInputTests extends IntegrationTest {

	private static final Set<String> KNOWN_CODES = Set.of("BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN",
			"CONFLICT", "CHALLENGE_FAILED", "RATE_LIMITED", "QUERY_TOO_COMPLEX", "PERSISTED_QUERY_NOT_FOUND");

	private static final List<String> HOSTILE_STRINGS = List.of("{\"$ne\": null}", "{$gt: ''}", "$where", "a.b.$c",
			"'; db.articles.drop(); '", ".*", "(a+)+$", "[", "\\", "title:x AND body:y~2", "*:*", "\"",
			"<script>alert(1)</script>", "javascript:alert(1)", "\u0000", "\uD800", "\u202Eevil", "%00", "../../etc",
			"x".repeat(5_000));

	private Map<String, Long> before;

	@BeforeEach
	void someContent() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createPublishedArticle(List.of(translation("fr", "Un titre public", "Texte public")), List.of("maroc"));
		createArticle(List.of(Map.of("locale", "fr", "title", "Brouillon secret", "body", "Texte secret", "slug",
				"brouillon-secret")), List.of());
		this.before = counts();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : List.of("articles", "tags", "comments", "article_revisions", "audit_log")) {
			counts.put(collection, this.mongo.count(new Query(), collection));
		}
		return counts;
	}

	private EntityExchangeResult<String> send(String query, Map<String, Object> variables, String... headers) {
		var request = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.bodyValue(Map.of("query", query, "variables", variables))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/**
	 * A GraphQL answer without leaks: no 5xx, no stack trace or driver text, only known
	 * error codes.
	 */
	private static void assertClean(EntityExchangeResult<String> result, String what) {
		assertThat(result.getStatus().value()).as(what).isLessThan(500);
		String body = result.getResponseBody();
		assertThat(body).as(what)
			.doesNotContain("Exception", "at com.", "at org.", "MongoCommand", "bwaldvogel", "\"INTERNAL\"",
					"Brouillon secret");
		java.util.regex.Matcher codes = java.util.regex.Pattern.compile("\"code\":\"([A-Z_]+)\"").matcher(body);
		while (codes.find()) {
			assertThat(KNOWN_CODES).as(what + ": " + body).contains(codes.group(1));
		}
		if (body.contains("\"errors\"")) {
			assertThat(body).as(what + ": every error has a code").contains("\"code\":\"");
		}
	}

	@Test
	void hostileStringsInEveryReadArgumentFindNothingAndLeakNothing() {
		for (String hostile : HOSTILE_STRINGS) {
			Map<String, Object> variables = Map.of("s", hostile);
			for (String query : List.of("query($s: String) { article(slug: $s) { title } }",
					"query($s: ID) { article(id: $s) { title } }", "query($s: String!) { tag(slug: $s) { name } }",
					"query($s: String) { articles(tag: $s) { totalCount edges { node { title } } } }",
					"query($s: String!) { search(query: $s) { totalCount edges { node { title } } } }",
					"query($s: String) { articles(after: $s) { totalCount } }",
					"query($s: String) { search(query: \"titre\", after: $s) { totalCount } }",
					"query($s: Locale) { articles(locale: $s) { totalCount } }",
					"query($s: String!) { preview(token: $s) { title } }")) {
				EntityExchangeResult<String> result = send(query, variables);
				assertClean(result, query + " with " + hostile.substring(0, Math.min(hostile.length(), 30)));
			}
		}
		assertThat(counts()).isEqualTo(this.before);
	}

	@Test
	void operatorKeysInInputObjectsAreRefusedAsUnknownFields() {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("translations", List.of(Map.of("locale", "fr", "title", "Titre", "$where", "1")));
		input.put("tags.$", List.of("maroc"));
		EntityExchangeResult<String> result = send(
				"mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }", Map.of("input", input),
				"Authorization", "Bearer " + ADMIN_TOKEN);
		assertClean(result, "operator keys");
		assertThat(result.getResponseBody()).contains("BAD_USER_INPUT");
		assertThat(counts()).isEqualTo(this.before);
	}

	@Test
	void hostileStringsInWritesAreStoredAsTextOrRefused() {
		for (String hostile : HOSTILE_STRINGS) {
			EntityExchangeResult<String> result = send(
					"mutation($input: CreateTagInput!) { createTag(input: $input) { slug name } }",
					Map.of("input", Map.of("slug", hostile, "names", List.of(Map.of("locale", "fr", "name", hostile)))),
					"Authorization", "Bearer " + ADMIN_TOKEN);
			assertClean(result, "createTag with " + hostile.substring(0, Math.min(hostile.length(), 30)));
		}
		assertThat(this.mongo.count(new Query(), "tags")).isLessThanOrEqualTo(1 + HOSTILE_STRINGS.size());
		assertThat(this.mongo.findAll(org.bson.Document.class, "tags")).allSatisfy(tag -> {
			assertThat(tag.keySet()).noneMatch(key -> key.startsWith("$") || key.contains("."));
			assertThat(tag.get("names", org.bson.Document.class).keySet())
				.allMatch(locale -> locale.matches("[a-z]{2}"));
		});
	}

	@Test
	void aBodyOfTensOfThousandsOfLinksIsRefusedBeforeItIsRendered() {
		String links = "[a](b) ".repeat(70_000);
		EntityExchangeResult<String> result = send(
				"mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }",
				Map.of("input",
						Map.of("translations", List.of(Map.of("locale", "fr", "title", "Liens", "body", links)))),
				"Authorization", "Bearer " + ADMIN_TOKEN);
		assertClean(result, "70,000 links");
		assertThat(result.getResponseBody()).contains("BAD_USER_INPUT", "at most 2000 links");
		assertThat(counts()).isEqualTo(this.before);
		String fewer = "[a](https://example.ma/) ".repeat(2_000);
		assertThat(send("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }",
				Map.of("input",
						Map.of("translations", List.of(Map.of("locale", "fr", "title", "Liens", "body", fewer)))),
				"Authorization", "Bearer " + ADMIN_TOKEN)
			.getResponseBody()).contains("\"createArticle\":{\"id\"");
	}

	@Test
	void markdownXssPayloadsAreServedInert() {
		List<String> payloads = List.of("[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
				"[x](&#106;avascript:alert(1))", "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
				"<img src=x onerror=alert(1)>", "<img srcset=\"javascript:alert(1) 1x\">",
				"<base href=\"javascript:/\">", "<svg><p><style><img src=x onerror=alert(1)></style></p></svg>",
				"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
				"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<iframe src=//evil.example>",
				"<form action=//evil.example><button>x</button></form>", "<a href=\"data:text/html,<script>\">x</a>");
		String body = String.join("\n\n", payloads);
		String id = createPublishedArticle(List.of(translation("fr", "Charges", body)), List.of());
		String html = this.anonymous.document("query($id: ID!) { article(id: $id) { body { html } } }")
			.variable("id", id)
			.execute()
			.path("article.body.html")
			.entity(String.class)
			.get()
			.toLowerCase(java.util.Locale.ROOT);
		assertThat(html).doesNotContain("javascript:", "onerror", "<base", "srcset", "<script", "<svg", "<style",
				"<iframe", "<form", "<math", "data:text");
	}

	@Test
	void bodiesAreLimitedInUtf8BytesExactlyAtTheBoundary() {
		int limit = 512 * 1024;
		String atLimit = "ب".repeat(limit / 2);
		String overLimit = atLimit + "a";
		String query = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }";
		assertThat(send(query,
				Map.of("input",
						Map.of("translations", List.of(Map.of("locale", "ar", "title", "حد", "body", overLimit)))),
				"Authorization", "Bearer " + ADMIN_TOKEN)
			.getResponseBody()).contains("BAD_USER_INPUT").doesNotContain("\"id\"");
		assertThat(counts()).isEqualTo(this.before);
		assertThat(send(query,
				Map.of("input",
						Map.of("translations", List.of(Map.of("locale", "ar", "title", "حد", "body", atLimit)))),
				"Authorization", "Bearer " + ADMIN_TOKEN)
			.getResponseBody()).contains("\"createArticle\":{\"id\"");
	}

}
