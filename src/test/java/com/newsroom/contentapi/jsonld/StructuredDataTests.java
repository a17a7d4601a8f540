package com.newsroom.contentapi.jsonld;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structured data over HTTP: the shape of a {@code NewsArticle} for an Arabic and a
 * French translation with several authors and a correction (required properties, types,
 * ISO-8601 dates with offset, absolute URLs), and the site's {@code Organization} and
 * {@code WebSite} with its {@code SearchAction}.
 */
@TestPropertySource(properties = { "contentapi.site.base-url=https://www.example.ma",
		"contentapi.images.public-url=https://cdn.example.ma" })
class StructuredDataTests extends IntegrationTest {

	@Test
	@SuppressWarnings("unchecked")
	void aNewsArticleForEachTranslationWithItsAuthorsAndCorrections() {
		createSection("politique", "سياسة", "Politique");
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		createAuthor("youssef-alaoui", "يوسف العلوي", "Youssef Alaoui");
		String id = this.editor
			.document("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }")
			.variable("input", Map.of("translations",
					List.of(translation("ar", "الميزانية", "نص"), translation("fr", "Le budget", "Texte")), "tags",
					List.of("maroc"), "authors", List.of("salma-bennani", "youssef-alaoui"), "section", "politique"))
			.execute()
			.path("createArticle.id")
			.entity(String.class)
			.get();
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		this.editor.document("""
				mutation($id: ID!, $v: Int!, $input: CorrectionInput!) {
				  addCorrection(articleId: $id, expectedVersion: $v, input: $input) { id } }""")
			.variable("id", id)
			.variable("v", versionOf(id))
			.variable("input", Map.of("kind", "CORRECTION", "locale", "ar", "text", "صُحّح الرقم"))
			.execute()
			.path("addCorrection.id")
			.hasValue();

		Map<String, Object> arabic = structuredData(id, "ar");
		assertThat(arabic).containsEntry("@context", "https://schema.org")
			.containsEntry("@type", "NewsArticle")
			.containsEntry("headline", "الميزانية")
			.containsEntry("inLanguage", "ar")
			.containsEntry("articleSection", "سياسة")
			.containsEntry("isAccessibleForFree", true)
			.containsKeys("datePublished", "dateModified", "description", "publisher", "mainEntityOfPage");
		assertThat(OffsetDateTime.parse((String) arabic.get("datePublished"))).isNotNull();
		assertThat((String) arabic.get("url")).startsWith("https://www.example.ma/ar/politique/");
		List<Map<String, Object>> authors = (List<Map<String, Object>>) arabic.get("author");
		assertThat(authors).extracting(author -> author.get("name")).containsExactly("سلمى بناني", "يوسف العلوي");
		assertThat(authors).allSatisfy(author -> assertThat(author).containsEntry("@type", "Person"));
		assertThat(authors.get(0).get("url")).isEqualTo("https://www.example.ma/ar/auteur/salma-bennani");
		assertThat((List<String>) arabic.get("keywords")).containsExactly("المغرب");
		List<Map<String, Object>> corrections = (List<Map<String, Object>>) arabic.get("correction");
		assertThat(corrections).singleElement()
			.satisfies(correction -> assertThat(correction).containsEntry("@type", "CorrectionComment")
				.containsEntry("text", "صُحّح الرقم"));
		assertThat(((Map<String, Object>) arabic.get("publisher"))).containsEntry("@type", "Organization");

		Map<String, Object> french = structuredData(id, "fr");
		assertThat(french).containsEntry("headline", "Le budget").containsEntry("inLanguage", "fr");
		assertThat(french).as("the Arabic correction concerns the Arabic text").doesNotContainKey("correction");
		assertThat((String) french.get("url")).isEqualTo("https://www.example.ma/fr/politique/le-budget");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> structuredData(String id, String locale) {
		GraphQlTester.Response response = this.anonymous
			.document("query($id: ID!, $l: Locale) { article(id: $id, locale: $l) { structuredData } }")
			.variable("id", id)
			.variable("l", locale)
			.execute();
		return response.path("article.structuredData").entity(Map.class).get();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSiteIsAnOrganizationAndAWebSiteWithASearchAction() {
		this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "site");
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("site:settings"));
		this.admin.document("mutation($input: UpdateSiteInput!) { updateSite(input: $input) { name } }")
			.variable("input",
					Map.of("names", List.of(Map.of("locale", "fr", "name", "Le Journal")), "publisherName",
							"Le Journal SARL", "socialProfiles",
							List.of(Map.of("kind", "x", "url", "https://x.com/lejournal"))))
			.execute()
			.path("updateSite.name")
			.entity(String.class)
			.isEqualTo("Le Journal");
		Map<String, Object> json = this.anonymous.document("{ site(locale: \"fr\") { structuredData } }")
			.execute()
			.path("site.structuredData")
			.entity(Map.class)
			.get();
		List<Map<String, Object>> graph = (List<Map<String, Object>>) json.get("@graph");
		assertThat(graph).extracting(node -> node.get("@type")).containsExactly("Organization", "WebSite");
		assertThat(graph.get(0)).containsEntry("name", "Le Journal SARL")
			.containsEntry("url", "https://www.example.ma/")
			.containsEntry("sameAs", List.of("https://x.com/lejournal"));
		Map<String, Object> action = (Map<String, Object>) graph.get(1).get("potentialAction");
		assertThat(action).containsEntry("@type", "SearchAction")
			.containsEntry("query-input", "required name=search_term_string");
		assertThat(((Map<String, Object>) action.get("target")).get("urlTemplate"))
			.isEqualTo("https://www.example.ma/fr/search?q={search_term_string}");
	}

}
