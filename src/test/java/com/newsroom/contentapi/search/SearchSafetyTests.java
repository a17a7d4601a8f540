package com.newsroom.contentapi.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search never finds what is in the trash, and never runs a position a client made up.
 */
class SearchSafetyTests extends IntegrationTest {

	private static final String SEARCH = """
			query($q: String!, $first: Int, $after: String) {
			  search(query: $q, first: $first, after: $after) { totalCount edges { cursor node { id title } } } }""";

	/** A cursor in the service's own envelope around any position text. */
	private static String searchCursor(String position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("k1:" + position + "|6b0bd5e64aaecbb64cef0000").getBytes(StandardCharsets.UTF_8));
	}

	private static void assertBadCursor(GraphQlTester.Response response) {
		response.errors().satisfy(errors -> {
			assertThat(errors).extracting(ResponseError::getExtensions)
				.allSatisfy(extensions -> assertThat(extensions).containsEntry("code", "BAD_USER_INPUT")
					.containsEntry("field", "after"));
			assertThat(errors).hasSize(1);
		});
	}

	private GraphQlTester.Response searchAfter(String after) {
		return this.anonymous.document(SEARCH).variable("q", "élection").variable("after", after).execute();
	}

	@Test
	void articlesInTheTrashAreFoundByNobody() {
		String kept = createPublishedArticle(List.of(translation("fr", "Élection municipale", "Texte")), List.of());
		String trashed = createPublishedArticle(List.of(translation("fr", "Élection annulée", "Texte")), List.of());
		String trashedDraft = createArticle(List.of(translation("fr", "Élection en brouillon", "Texte")), List.of());
		for (String id : List.of(trashed, trashedDraft)) {
			this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }")
				.variable("id", id)
				.execute()
				.path("deleteArticle")
				.entity(String.class)
				.isEqualTo(id);
		}
		for (HttpGraphQlTester tester : List.of(this.anonymous, this.editor, this.admin)) {
			tester.document(SEARCH)
				.variable("q", "élection")
				.execute()
				.path("search.totalCount")
				.entity(Integer.class)
				.isEqualTo(1)
				.path("search.edges[*].node.title")
				.entityList(String.class)
				.containsExactly("Élection municipale")
				.path("search.edges[0].node.id")
				.entity(String.class)
				.isEqualTo(kept);
		}
	}

	@Test
	void negativeOrNonNumericScoreIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Élection", "Texte")), List.of());
		assertBadCursor(searchAfter(searchCursor("r1638316800000_" + Float.floatToIntBits(-1f) + "_0")));
		assertBadCursor(searchAfter(searchCursor("r1638316800000_" + Float.floatToIntBits(Float.NaN) + "_0")));
		assertBadCursor(
				searchAfter(searchCursor("r1638316800000_" + Float.floatToIntBits(Float.POSITIVE_INFINITY) + "_0")));
	}

	@Test
	void recencyOriginOutOfRangeIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Élection", "Texte")), List.of());
		assertBadCursor(searchAfter(searchCursor("r0_" + Float.floatToIntBits(1f) + "_0")));
		assertBadCursor(searchAfter(searchCursor("r999999999999999_" + Float.floatToIntBits(1f) + "_0")));
	}

	@Test
	void garbageSearchCursorIsBadUserInput() {
		createPublishedArticle(List.of(translation("fr", "Élection", "Texte")), List.of());
		for (String garbage : List.of("%%%", "bm90IGEgY3Vyc29y", searchCursor("o"), searchCursor("o5"),
				searchCursor("o+5"), searchCursor("d1638316800000"), searchCursor("r1638316800000_5"),
				"a".repeat(5000))) {
			assertBadCursor(searchAfter(garbage));
		}
	}

	@Test
	void cursorsOfALaterPageStillWork() {
		for (int i = 0; i < 3; i++) {
			createPublishedArticle(List.of(translation("fr", "Élection " + i, "Texte")), List.of());
		}
		String first = this.anonymous.document(SEARCH)
			.variable("q", "élection")
			.variable("first", 1)
			.execute()
			.path("search.edges[0].cursor")
			.entity(String.class)
			.get();
		this.anonymous.document(SEARCH)
			.variable("q", "élection")
			.variable("first", 5)
			.variable("after", first)
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(2);
		this.anonymous.document(SEARCH)
			.variable("q", "élection")
			.variable("after", searchCursor("r1638316800000_" + Float.floatToIntBits(0.0001f) + "_0"))
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

}
