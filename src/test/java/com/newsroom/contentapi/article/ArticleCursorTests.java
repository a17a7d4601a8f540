package com.newsroom.contentapi.article;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cursors of article lists: anything the service could not have produced for the list is
 * BAD_USER_INPUT.
 */
class ArticleCursorTests extends IntegrationTest {

	private static final String LIST = """
			query($after: String, $before: String, $last: Int) {
			  articles(locale: "fr", after: $after, before: $before, last: $last) { edges { cursor node { title } } } }""";

	private static final String ID = "6b0bd5e64aaecbb64cef0000";

	/** A cursor in the service's own envelope around any sort value and id. */
	private static String cursor(String sortValue, String id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("k1:" + sortValue + "|" + id).getBytes(StandardCharsets.UTF_8));
	}

	private static void assertBadCursor(GraphQlTester.Response response, String field) {
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors).extracting(ResponseError::getExtensions)
				.allSatisfy(extensions -> assertThat(extensions).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", field));
		});
	}

	private GraphQlTester.Response after(String after) {
		return this.anonymous.document(LIST).variable("after", after).execute();
	}

	@Test
	void garbageCursorIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Une", "Texte")), List.of());
		for (String garbage : List.of("%%%", "", "bm90IGEgY3Vyc29y", "k1:d1|" + ID, cursor("", ID), cursor("d", ID),
				cursor("x5", ID), "A".repeat(5000))) {
			assertBadCursor(after(garbage), "after");
		}
	}

	@Test
	void cursorOfAnotherListIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Une", "Texte")), List.of());
		// a search position and a tag list's slug cursor, sent to a list ordered by date
		assertBadCursor(after(cursor("o5", ID)), "after");
		assertBadCursor(after(cursor("smaroc", ID)), "after");
	}

	@Test
	void cursorWithADateOutOfRangeIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Une", "Texte")), List.of());
		for (String value : List.of("d9223372036854775807", "d-9223372036854775808", "d253402300800000",
				"d99999999999999999999")) {
			assertBadCursor(after(cursor(value, ID)), "after");
		}
		assertBadCursor(this.anonymous.document(LIST)
			.variable("before", cursor("d-62135596800001", ID))
			.variable("last", 5)
			.execute(), "before");
	}

	@Test
	void cursorsThisServiceIssuedStillPage() {
		createPublishedArticle(List.of(translation("fr", "Première", "Texte")), List.of());
		this.clock.advance(java.time.Duration.ofMinutes(1));
		createPublishedArticle(List.of(translation("fr", "Seconde", "Texte")), List.of());
		String first = this.anonymous.document(LIST)
			.execute()
			.path("articles.edges[0].cursor")
			.entity(String.class)
			.get();
		after(first).path("articles.edges[*].node.title").entityList(String.class).containsExactly("Première");
		after(cursor("d0", ID)).path("articles.edges").entityList(Object.class).hasSize(0);
	}

}
