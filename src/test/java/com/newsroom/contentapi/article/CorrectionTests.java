package com.newsroom.contentapi.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public corrections log and {@code dateModified} over HTTP: notes newest first in
 * the locale served, never lost by a restore; the date moves with what readers see and
 * not with comments settings.
 */
class CorrectionTests extends IntegrationTest {

	private static final String ADD = """
			mutation($id: ID!, $v: Int!, $input: CorrectionInput!) {
			  addCorrection(articleId: $id, expectedVersion: $v, input: $input) { version } }""";

	private GraphQlTester.Response addCorrection(String id, String kind, String locale, String text) {
		return this.editor.document(ADD)
			.variable("id", id)
			.variable("v", versionOf(id))
			.variable("input", Map.of("kind", kind, "locale", locale, "text", text))
			.execute();
	}

	private String bilingualArticle() {
		return createPublishedArticle(List.of(translation("fr", "Le budget adopté", "Texte"),
				translation("ar", "المصادقة على الميزانية", "نص")), List.of());
	}

	@Test
	void correctionsAreListedNewestFirstInTheLocaleServed() {
		String id = bilingualArticle();
		Instant first = this.clock.instant();
		addCorrection(id, "CORRECTION", "fr", "Le montant était de 12 milliards, non 21.").path("addCorrection.version")
			.hasValue();
		this.clock.advance(Duration.ofHours(1));
		addCorrection(id, "CLARIFICATION", "ar", "توضيح بخصوص تاريخ التصويت.");
		this.clock.advance(Duration.ofHours(1));
		addCorrection(id, "UPDATE", "fr", "Le Sénat a voté à son tour.");

		String query = """
				query($id: ID!, $l: Locale) { article(id: $id, locale: $l) {
				  corrections { kind text locale direction createdAt author }
				  all: corrections(allLocales: true) { kind } } }""";
		GraphQlTester.Response french = this.anonymous.document(query).variable("id", id).variable("l", "fr").execute();
		french.path("article.corrections[*].kind").entityList(String.class).containsExactly("UPDATE", "CORRECTION");
		french.path("article.corrections[1].text")
			.entity(String.class)
			.isEqualTo("Le montant était de 12 milliards, non 21.");
		french.path("article.corrections[1].createdAt").entity(Instant.class).isEqualTo(first);
		french.path("article.corrections[1].author").entity(String.class).isEqualTo("test-editor");
		french.path("article.all[*].kind")
			.entityList(String.class)
			.containsExactly("UPDATE", "CLARIFICATION", "CORRECTION");
		GraphQlTester.Response arabic = this.anonymous.document(query).variable("id", id).variable("l", "ar").execute();
		arabic.path("article.corrections[*].kind").entityList(String.class).containsExactly("CLARIFICATION");
		arabic.path("article.corrections[0].direction").entity(String.class).isEqualTo("RTL");
	}

	@Test
	void dateModifiedMovesWithWhatReadersSeeOnly() {
		String id = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		this.clock.advance(Duration.ofHours(1));
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		Instant published = this.clock.instant();
		String query = "query($id: ID!) { article(id: $id) { dateModified } }";
		this.anonymous.document(query)
			.variable("id", id)
			.execute()
			.path("article.dateModified")
			.entity(Instant.class)
			.isEqualTo(published);

		this.clock.advance(Duration.ofHours(1));
		this.editor
			.document(
					"""
							mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: { commentsOpen: false }) {
							  dateModified } }""")
			.variable("id", id)
			.variable("v", versionOf(id))
			.execute()
			.path("updateArticle.dateModified")
			.entity(Instant.class)
			.isEqualTo(published);

		this.clock.advance(Duration.ofHours(1));
		Instant edited = this.clock.instant();
		this.editor.document("""
				mutation($id: ID!, $v: Int!) { putTranslation(articleId: $id, expectedVersion: $v,
				  translation: { locale: "fr", title: "Titre corrigé", body: "Texte" }) { dateModified } }""")
			.variable("id", id)
			.variable("v", versionOf(id))
			.execute()
			.path("putTranslation.dateModified")
			.entity(Instant.class)
			.isEqualTo(edited);

		this.clock.advance(Duration.ofHours(1));
		Instant corrected = this.clock.instant();
		addCorrection(id, "CORRECTION", "fr", "Le titre contenait une erreur.");
		this.anonymous.document(query)
			.variable("id", id)
			.execute()
			.path("article.dateModified")
			.entity(Instant.class)
			.isEqualTo(corrected);
	}

	@Test
	void aRestoreKeepsTheLogAndEachNoteIsARecordedChange() {
		String id = bilingualArticle();
		long before = versionOf(id);
		addCorrection(id, "CORRECTION", "fr", "Une erreur de date a été corrigée.");
		this.editor.document(
				"query($id: ID!) { article(id: $id) { revisions(first: 1) { edges { node { id version summary } } } } }")
			.variable("id", id)
			.execute()
			.path("article.revisions.edges[0].node.summary")
			.entity(String.class)
			.isEqualTo("correction added (fr)");
		String firstRevision = this.editor
			.document("query($id: ID!) { article(id: $id) { revisions(first: 50) { edges { node { id version } } } } }")
			.variable("id", id)
			.execute()
			.path("article.revisions.edges[*].node.id")
			.entityList(String.class)
			.get()
			.get(1);
		this.editor
			.document(
					"""
							mutation($id: ID!, $r: ID!, $v: Int!) { restoreRevision(articleId: $id, revisionId: $r, expectedVersion: $v) {
							  corrections { text } } }""")
			.variable("id", id)
			.variable("r", firstRevision)
			.variable("v", versionOf(id))
			.execute()
			.path("restoreRevision.corrections[*].text")
			.entityList(String.class)
			.containsExactly("Une erreur de date a été corrigée.");
		assertThat(versionOf(id)).isEqualTo(before + 2);
	}

	@Test
	void addingANoteNeedsAnEditorAValidInputAndTheCurrentVersion() {
		String id = bilingualArticle();
		Map<String, Object> input = Map.of("kind", "CORRECTION", "locale", "fr", "text", "Erratum.");
		assertError(this.anonymous.document(ADD)
			.variable("id", id)
			.variable("v", versionOf(id))
			.variable("input", input)
			.execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(ADD)
			.variable("id", id)
			.variable("v", versionOf(id))
			.variable("input", input)
			.execute(), "FORBIDDEN");
		this.editor.document(ADD)
			.variable("id", id)
			.variable("v", versionOf(id) - 1)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT"));
		addCorrection(id, "CORRECTION", "en", "No English translation.").errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "input.locale".equals(error.getExtensions().get("field"))));
		addCorrection(id, "CORRECTION", "fr", "  ").errors().satisfy(hasError("BAD_USER_INPUT"));
		this.anonymous.document("query($id: ID!) { article(id: $id) { corrections(allLocales: true) { text } } }")
			.variable("id", id)
			.execute()
			.path("article.corrections")
			.entityList(Object.class)
			.hasSize(0);
	}

}
