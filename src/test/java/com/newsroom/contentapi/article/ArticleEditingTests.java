package com.newsroom.contentapi.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing articles over HTTP: who may, what is checked, and that no update is ever lost.
 */
class ArticleEditingTests extends IntegrationTest {

	private static final String CREATE = """
			mutation($input: CreateArticleInput!) {
			  createArticle(input: $input) { id status version locale slug title tags { slug } commentsOpen } }""";

	private static final String PUT_TRANSLATION = """
			mutation($id: ID!, $v: Int!, $t: TranslationInput!) {
			  putTranslation(articleId: $id, expectedVersion: $v, translation: $t) { version availableLocales slug } }""";

	@Test
	void newArticleIsADraftWithASlugMadeFromItsArabicTitle() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		this.editor.document(CREATE)
			.variable("input",
					Map.of("translations",
							List.of(Map.of("locale", "ar", "title", "مهرجان الفيلم في مراكش", "body", "نص")), "tags",
							List.of("maroc"), "commentsOpen", false))
			.execute()
			.path("createArticle.status")
			.entity(String.class)
			.isEqualTo("DRAFT")
			.path("createArticle.version")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("createArticle.locale")
			.entity(String.class)
			.isEqualTo("ar")
			.path("createArticle.slug")
			.entity(String.class)
			.isEqualTo("مهرجان-الفيلم-في-مراكش")
			.path("createArticle.tags[*].slug")
			.entityList(String.class)
			.containsExactly("maroc")
			.path("createArticle.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void mutationsWithoutATokenAreUnauthenticated() {
		GraphQlTester.Response response = this.anonymous.document(CREATE)
			.variable("input", Map.of("translations", List.of(translation("fr", "Titre", "Texte"))))
			.execute();
		assertError(response, "UNAUTHENTICATED");
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class)).isZero();
	}

	@Test
	void unknownTokenIsUnauthenticated() {
		assertUnauthenticated(post("{ articles { totalCount } }", "Authorization", "Bearer cat_made-up"));
	}

	@Test
	void moderatorsMayNotEditArticles() {
		String id = createArticle(List.of(translation("fr", "Titre", "Texte")), List.of());
		assertError(this.moderator.document(CREATE)
			.variable("input", Map.of("translations", List.of(translation("fr", "Autre", "Texte"))))
			.execute(), "FORBIDDEN");
		assertError(this.moderator.document("mutation($id: ID!) { publishArticle(id: $id) { id } }")
			.variable("id", id)
			.execute(), "FORBIDDEN");
		assertError(
				this.moderator.document("mutation($id: ID!) { deleteArticle(id: $id) }").variable("id", id).execute(),
				"FORBIDDEN");
		assertError(this.anonymous.document("mutation($id: ID!) { unpublishArticle(id: $id) { id } }")
			.variable("id", id)
			.execute(), "UNAUTHENTICATED");
	}

	@Test
	void staleExpectedVersionIsAConflictThatNamesTheCurrentVersion() {
		String id = createArticle(List.of(translation("fr", "Titre", "Texte")), List.of());
		this.editor.document(PUT_TRANSLATION)
			.variable("id", id)
			.variable("v", 0)
			.variable("t", translation("en", "Title", "Text"))
			.execute()
			.path("putTranslation.version")
			.entity(Integer.class)
			.isEqualTo(1);

		this.admin.document(PUT_TRANSLATION)
			.variable("id", id)
			.variable("v", 0)
			.variable("t", translation("ar", "عنوان", "نص"))
			.execute()
			.errors()
			.satisfy(
					hasError("CONFLICT", error -> Integer.valueOf(1).equals(error.getExtensions().get("currentVersion"))
							&& "test-editor".equals(error.getExtensions().get("updatedBy"))));
		this.editor.document("query($id: ID!) { article(id: $id) { availableLocales version } }")
			.variable("id", id)
			.execute()
			.path("article.availableLocales")
			.entityList(String.class)
			.containsExactly("fr", "en")
			.path("article.version")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void slugsAreUniquePerLocale() {
		createArticle(List.of(Map.of("locale", "fr", "title", "Un", "slug", "meme-slug")), List.of());
		assertError(this.editor.document(CREATE)
			.variable("input",
					Map.of("translations", List.of(Map.of("locale", "fr", "title", "Deux", "slug", "Même slug"))))
			.execute(), "CONFLICT");
		// the same slug in another locale is fine
		this.editor.document(CREATE)
			.variable("input",
					Map.of("translations", List.of(Map.of("locale", "en", "title", "Two", "slug", "meme-slug"))))
			.execute()
			.path("createArticle.slug")
			.entity(String.class)
			.isEqualTo("meme-slug");
	}

	@Test
	void slugClashOnPutTranslationLeavesTheArticleUnchanged() {
		createArticle(List.of(Map.of("locale", "fr", "title", "Pris", "slug", "pris")), List.of());
		String id = createArticle(List.of(Map.of("locale", "fr", "title", "Libre", "slug", "libre")), List.of());
		this.editor.document(PUT_TRANSLATION)
			.variable("id", id)
			.variable("v", 0)
			.variable("t", Map.of("locale", "fr", "title", "Libre", "slug", "pris"))
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT", error -> error.getMessage().contains("fr:pris")));
		this.editor.document("query($id: ID!) { article(id: $id) { slug version } }")
			.variable("id", id)
			.execute()
			.path("article.slug")
			.entity(String.class)
			.isEqualTo("libre")
			.path("article.version")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void invalidInputsAreBadUserInputNamingTheField() {
		expectField(Map.of("translations", List.of(Map.of("locale", "fr", "title", ""))),
				"input.translations[0].title");
		expectField(Map.of("translations", List.of(Map.of("locale", "de", "title", "Titel"))),
				"input.translations[0].locale");
		expectField(Map.of("translations", List.of(Map.of("locale", "fr", "title", "x".repeat(301)))),
				"input.translations[0].title");
		expectField(Map.of("translations", List.of()), "input.translations");
		expectField(Map.of("translations", List.of(translation("fr", "Titre", "x")), "tags", List.of("inconnu")),
				"input.tags");
		expectField(Map.of("translations", List.of(translation("fr", "Un", "x"), translation("fr", "Deux", "y"))),
				"input.translations[1].locale");
	}

	@Test
	void tenMegabyteBodyIsRefusedAsBadUserInput() {
		String huge = "ب".repeat(5 * 1024 * 1024);
		expectField(Map.of("translations", List.of(translation("ar", "كبير", huge))), "input.translations[0].body");
	}

	@Test
	void bodyOfExactly512KilobytesIsAccepted() {
		String body = "a".repeat(ArticleInputs.MAX_BODY_BYTES);
		this.editor.document(CREATE)
			.variable("input", Map.of("translations", List.of(translation("en", "Long read", body))))
			.execute()
			.path("createArticle.title")
			.entity(String.class)
			.isEqualTo("Long read");
	}

	private void expectField(Map<String, Object> input, String field) {
		this.editor.document(CREATE)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> field.equals(error.getExtensions().get("field"))));
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Article.class)).isZero();
	}

	@Test
	void translationsCanBeReplacedAndRemovedButNotTheLastOne() {
		String id = createArticle(List.of(translation("fr", "Titre", "Texte"), translation("ar", "عنوان", "نص")),
				List.of());
		this.editor.document(PUT_TRANSLATION)
			.variable("id", id)
			.variable("v", 0)
			.variable("t", Map.of("locale", "fr", "title", "Nouveau titre"))
			.execute()
			.path("putTranslation.slug")
			.entity(String.class)
			.isEqualTo("nouveau-titre");
		this.editor.document(
				"""
						mutation($id: ID!) { removeTranslation(articleId: $id, expectedVersion: 1, locale: "ar") { availableLocales version } }""")
			.variable("id", id)
			.execute()
			.path("removeTranslation.availableLocales")
			.entityList(String.class)
			.containsExactly("fr")
			.path("removeTranslation.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertError(this.editor.document(
				"""
						mutation($id: ID!) { removeTranslation(articleId: $id, expectedVersion: 2, locale: "fr") { version } }""")
			.variable("id", id)
			.execute(), "BAD_USER_INPUT");
		// the removed translation's slug is retired: it still leads to the article, with
		// a redirect
		this.editor.document("{ article(slug: \"عنوان\", locale: \"ar\") { id slugRedirect retiredSlugs } }")
			.execute()
			.path("article.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("article.slugRedirect")
			.entity(String.class)
			.isEqualTo("nouveau-titre")
			.path("article.retiredSlugs")
			.entityList(String.class)
			.containsExactly("fr:titre", "ar:عنوان");
	}

	@Test
	void publishUnpublishAndDelete() {
		String id = createArticle(List.of(translation("fr", "Cycle de vie", "Texte")), List.of());
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { status publishedAt } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED")
			.path("publishArticle.publishedAt")
			.hasValue();
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", id)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Cycle de vie");
		this.editor.document("mutation($id: ID!) { unpublishArticle(id: $id) { status } }")
			.variable("id", id)
			.execute()
			.path("unpublishArticle.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", id)
			.execute()
			.path("article")
			.valueIsNull();
		this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }")
			.variable("id", id)
			.execute()
			.path("deleteArticle")
			.entity(String.class)
			.isEqualTo(id);
		assertError(this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }").variable("id", id).execute(),
				"NOT_FOUND");
	}

	@Test
	void updateReplacesTagsAndClosesComments() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createTag("sport", "رياضة", "Sport", "Sport");
		String id = createArticle(List.of(translation("fr", "Match", "Texte")), List.of("maroc"));
		this.editor
			.document(
					"""
							mutation($id: ID!) { updateArticle(id: $id, expectedVersion: 0, input: { tags: ["sport"], commentsOpen: false }) {
							  tags { slug } commentsOpen version updatedBy } }""")
			.variable("id", id)
			.execute()
			.path("updateArticle.tags[*].slug")
			.entityList(String.class)
			.containsExactly("sport")
			.path("updateArticle.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("updateArticle.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("updateArticle.updatedBy")
			.entity(String.class)
			.isEqualTo("test-editor");
	}

}
