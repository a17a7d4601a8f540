package com.newsroom.contentapi.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing one translation on its own, over HTTP: a translation added to a published
 * article is a draft that readers meet nowhere (lookups, slugs, lists, counts, search,
 * language links) and editors see everywhere, until it is published; the last published
 * translation stays; articles written before translations had a state stay visible.
 */
class TranslationPublishingTests extends IntegrationTest {

	/** A published Arabic article to which an editor then adds a French translation. */
	private String arabicWithFrenchDraft() {
		createTag("economie", "اقتصاد", "Économie", "Economy");
		String id = createPublishedArticle(List.of(translation("ar", "ارتفاع أسعار المحروقات", "سجلت الأسعار ارتفاعا")),
				List.of("economie"));
		this.editor.document("""
				mutation($id: ID!, $v: Int!) { putTranslation(articleId: $id, expectedVersion: $v,
				  translation: { locale: "fr", title: "Hausse des carburants", slug: "hausse-carburants",
				  body: "Les prix des carburants grimpent à Casablanca." }) { translations { locale published } } }""")
			.variable("id", id)
			.variable("v", versionOf(id))
			.execute()
			.path("putTranslation.translations[*].published")
			.entityList(Boolean.class)
			.containsExactly(true, false);
		return id;
	}

	@Test
	void readersMeetADraftTranslationNowhere() {
		String id = arabicWithFrenchDraft();
		GraphQlTester.Response lookup = this.anonymous.document(
				"""
						query($id: ID!) { article(id: $id, locale: "fr") { locale title availableLocales translations { locale } } }""")
			.variable("id", id)
			.execute();
		lookup.path("article.locale").entity(String.class).isEqualTo("ar");
		lookup.path("article.availableLocales").entityList(String.class).containsExactly("ar");
		lookup.path("article.translations[*].locale").entityList(String.class).containsExactly("ar");
		this.anonymous.document("{ article(slug: \"hausse-carburants\") { id } }")
			.execute()
			.path("article")
			.valueIsNull();
		this.anonymous.document(
				"{ articles(locale: \"fr\") { totalCount } tag(slug: \"economie\", locale: \"fr\") { articleCount } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("tag.articleCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.anonymous.document("{ search(query: \"carburants Casablanca\") { totalCount } }")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void editorsSeeTheDraftAndPublishingItShowsItToReaders() {
		String id = arabicWithFrenchDraft();
		this.editor.document("query($id: ID!) { article(id: $id, locale: \"fr\") { title } }")
			.variable("id", id)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Hausse des carburants");
		this.editor.document("{ search(query: \"carburants Casablanca\") { totalCount } }")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);

		this.editor.document("""
				mutation($id: ID!, $v: Int!) { publishTranslation(articleId: $id, locale: "fr", expectedVersion: $v) {
				  translations { locale published } } }""")
			.variable("id", id)
			.variable("v", versionOf(id))
			.execute()
			.path("publishTranslation.translations[*].published")
			.entityList(Boolean.class)
			.containsExactly(true, true);
		this.anonymous
			.document(
					"{ article(slug: \"hausse-carburants\") { title locale } articles(locale: \"fr\") { totalCount } }")
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Hausse des carburants")
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.anonymous.document("{ search(query: \"carburants Casablanca\") { edges { node { title } } } }")
			.execute()
			.path("search.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Hausse des carburants");
		this.editor
			.document("query($id: ID!) { article(id: $id) { revisions(first: 1) { edges { node { summary } } } } }")
			.variable("id", id)
			.execute()
			.path("article.revisions.edges[0].node.summary")
			.entity(String.class)
			.isEqualTo("translation fr published");
	}

	@Test
	void theLastPublishedTranslationStaysAndOnlyEditorsChangeStates() {
		String id = arabicWithFrenchDraft();
		String unpublish = """
				mutation($id: ID!, $l: Locale!, $v: Int!) { unpublishTranslation(articleId: $id, locale: $l, expectedVersion: $v) {
				  id } }""";
		this.editor.document(unpublish)
			.variable("id", id)
			.variable("l", "ar")
			.variable("v", versionOf(id))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "locale".equals(error.getExtensions().get("field"))));
		this.editor.document(
				"mutation($id: ID!, $v: Int!) { removeTranslation(articleId: $id, locale: \"ar\", expectedVersion: $v) { id } }")
			.variable("id", id)
			.variable("v", versionOf(id))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		assertError(this.anonymous.document(unpublish)
			.variable("id", id)
			.variable("l", "ar")
			.variable("v", versionOf(id))
			.execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(unpublish)
			.variable("id", id)
			.variable("l", "ar")
			.variable("v", versionOf(id))
			.execute(), "FORBIDDEN");
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", id)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("ارتفاع أسعار المحروقات");
	}

	@Test
	void aPreviewLinkShowsADraftTranslation() {
		String id = arabicWithFrenchDraft();
		String token = this.editor
			.document("mutation($id: ID!) { createPreviewLink(articleId: $id, locale: \"fr\") { token } }")
			.variable("id", id)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
		this.anonymous.document("query($t: String!) { preview(token: $t) { title } }")
			.variable("t", token)
			.execute()
			.path("preview.title")
			.entity(String.class)
			.isEqualTo("Hausse des carburants");
	}

	@Test
	void articlesWrittenBeforeTranslationsHadAStateStayPublished() {
		String id = createPublishedArticle(List.of(translation("fr", "Ancien article", "Texte")), List.of());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().unset("publishedLocales"),
				"articles");
		new PublishedLocalesMigration(this.mongo);
		this.responseCache.clear();
		this.anonymous.document("{ articles(locale: \"fr\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Ancien article");
		assertThat(this.mongo.findById(id, Map.class, "articles")).containsEntry("publishedLocales", List.of("fr"));
	}

}
