package com.newsroom.contentapi.permalink;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front-end's addresses over HTTP, from configured patterns: an article's page per
 * locale (section, year and month, Arabic slugs percent-encoded), hreflang alternates
 * with x-default and without draft translations, and the pages of sections, tags and
 * authors.
 */
@TestPropertySource(properties = { "contentapi.site.base-url=https://www.example.ma/",
		"contentapi.site.permalinks.fr={base}/fr/{section}/{slug}",
		"contentapi.site.permalinks.ar={base}/ar/{year}/{month}/{slug}",
		"contentapi.site.tag-permalinks.default={base}/{locale}/sujet/{slug}" })
class PermalinkTests extends IntegrationTest {

	@Test
	void articlesSectionsTagsAndAuthorsHaveTheirFrontEndAddresses() {
		createSection("politique", "سياسة", "Politique");
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		String id = this.editor.document("""
				mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""")
			.variable("input",
					Map.of("translations",
							List.of(Map.of("locale", "fr", "title", "Le budget", "slug", "le-budget", "body", "Texte"),
									Map.of("locale", "ar", "title", "الميزانية", "slug", "الميزانية", "body", "نص")),
							"tags", List.of("maroc"), "authors", List.of("salma-bennani"), "section", "politique"))
			.execute()
			.path("createArticle.id")
			.entity(String.class)
			.get();
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		addDraftTranslation(id);

		GraphQlTester.Response french = this.anonymous.document("""
				query($id: ID!) { article(id: $id, locale: "fr") { url publishedAt translations { locale url }
				  alternates { hreflang url } section { url } tags { url } authors { url } } }""")
			.variable("id", id)
			.execute();
		french.path("article.url").entity(String.class).isEqualTo("https://www.example.ma/fr/politique/le-budget");
		ZonedDateTime published = Instant.parse(french.path("article.publishedAt").entity(String.class).get())
			.atZone(ZoneOffset.UTC);
		String arabicUrl = "https://www.example.ma/ar/" + published.getYear() + "/"
				+ String.format("%02d", published.getMonthValue()) + "/"
				+ URLEncoder.encode("الميزانية", StandardCharsets.UTF_8);
		french.path("article.alternates[*].hreflang").entityList(String.class).containsExactly("fr", "ar", "x-default");
		french.path("article.alternates[1].url").entity(String.class).isEqualTo(arabicUrl);
		french.path("article.alternates[2].url")
			.entity(String.class)
			.isEqualTo("https://www.example.ma/fr/politique/le-budget");
		french.path("article.section.url").entity(String.class).isEqualTo("https://www.example.ma/fr/politique");
		french.path("article.tags[0].url").entity(String.class).isEqualTo("https://www.example.ma/fr/sujet/maroc");
		french.path("article.authors[0].url")
			.entity(String.class)
			.isEqualTo("https://www.example.ma/fr/auteur/salma-bennani");
		this.anonymous.document("query($id: ID!) { article(id: $id, locale: \"ar\") { url } }")
			.variable("id", id)
			.execute()
			.path("article.url")
			.entity(String.class)
			.isEqualTo(arabicUrl);
	}

	@Test
	void anArticleWithoutSectionLosesThatSegment() {
		String id = createPublishedArticle(
				List.of(Map.of("locale", "fr", "title", "Sans rubrique", "slug", "sans-rubrique", "body", "Texte")),
				List.of());
		this.anonymous.document("query($id: ID!) { article(id: $id) { url translations { url } } }")
			.variable("id", id)
			.execute()
			.path("article.url")
			.entity(String.class)
			.isEqualTo("https://www.example.ma/fr/sans-rubrique")
			.path("article.translations[0].url")
			.entity(String.class)
			.isEqualTo("https://www.example.ma/fr/sans-rubrique");
	}

	/**
	 * An English translation added after publication is a draft: no hreflang link to it.
	 */
	private void addDraftTranslation(String id) {
		long version = versionOf(id);
		this.editor.document("""
				mutation($id: ID!, $v: Int!, $t: TranslationInput!) {
				  putTranslation(articleId: $id, expectedVersion: $v, translation: $t) { id } }""")
			.variable("id", id)
			.variable("v", version)
			.variable("t", translation("en", "The budget", "Text"))
			.execute()
			.path("putTranslation.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(id).isNotEmpty();
	}

}
