package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading articles through locale chains, over HTTP, as anonymous readers and as editors.
 */
class ArticleReadingTests extends IntegrationTest {

	private String bilingual;

	private String arabicOnly;

	private String englishOnly;

	private String draft;

	@BeforeEach
	void content() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createTag("sport", "رياضة", "Sport", "Sport");
		this.bilingual = createPublishedArticle(
				List.of(translation("ar", "الرباط تحتضن مهرجان موازين", "يعود **المهرجان** إلى الرباط."),
						translation("fr", "Rabat accueille le festival Mawazine", "Le **festival** revient à Rabat.")),
				List.of("maroc"));
		this.arabicOnly = createPublishedArticle(
				List.of(translation("ar", "ارتفاع أسعار المحروقات", "ارتفعت الأسعار هذا الأسبوع.")),
				List.of("maroc", "sport"));
		this.englishOnly = createPublishedArticle(
				List.of(translation("en", "Casablanca start-ups raise record funding", "Fintech leads.")),
				List.of("maroc"));
		this.draft = createArticle(List.of(translation("fr", "Brouillon secret", "Pas encore prêt.")),
				List.of("maroc"));
		setPublishedAt(this.bilingual, "2021-11-23T10:00:00Z");
		setPublishedAt(this.arabicOnly, "2021-11-25T08:30:00Z");
		setPublishedAt(this.englishOnly, "2021-11-20T14:15:00Z");
	}

	private void setPublishedAt(String id, String instant) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("publishedAt", Instant.parse(instant)), Article.class);
	}

	@Test
	void regionalArabicFallsBackToArabicThenFrench() {
		this.anonymous.document("""
				{ articles(locale: "ar-MA") { totalCount edges { node { id title locale direction } } } }""")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("ارتفاع أسعار المحروقات", "الرباط تحتضن مهرجان موازين")
			.path("articles.edges[*].node.direction")
			.entityList(String.class)
			.containsExactly("RTL", "RTL");
	}

	@Test
	void frenchReaderSeesTheFrenchVariantOfABilingualArticle() {
		this.anonymous.document("""
				{ articles(locale: "fr") { edges { node { title locale direction availableLocales
				  translations { locale slug title } } } } }""")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Rabat accueille le festival Mawazine")
			.path("articles.edges[0].node.direction")
			.entity(String.class)
			.isEqualTo("LTR")
			.path("articles.edges[0].node.availableLocales")
			.entityList(String.class)
			.containsExactly("ar", "fr")
			.path("articles.edges[0].node.translations[*].slug")
			.entityList(String.class)
			.containsExactly("الرباط-تحتضن-مهرجان-موازين", "rabat-accueille-le-festival-mawazine");
	}

	@Test
	void unsupportedLocaleFallsBackToTheDefault() {
		this.anonymous.document("{ articles(locale: \"de-CH\") { edges { node { locale title } } } }")
			.execute()
			.path("articles.edges[*].node.locale")
			.entityList(String.class)
			.containsExactly("fr");
	}

	@Test
	void acceptLanguageDecidesWithoutALocaleArgument() {
		this.anonymous.mutate()
			.header("Accept-Language", "en-US,en;q=0.9")
			.build()
			.document("{ articles { edges { node { title locale } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Rabat accueille le festival Mawazine", "Casablanca start-ups raise record funding");
	}

	@Test
	void malformedLocaleIsBadUserInput() {
		this.anonymous.document("{ articles(locale: \"not a tag!\") { totalCount } }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("not a tag!")));
	}

	@Test
	void articleBySlugFindsArabicSlugsAndServesTheChainVariant() {
		this.anonymous.document("""
				query($slug: String!) { article(slug: $slug, locale: "fr") { id title locale } }""")
			.variable("slug", "الرباط-تحتضن-مهرجان-موازين")
			.execute()
			.path("article.id")
			.entity(String.class)
			.isEqualTo(this.bilingual)
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Rabat accueille le festival Mawazine");
	}

	@Test
	void articleBySlugOutsideTheChainIsStillFoundInItsOwnLanguage() {
		this.anonymous.document(
				"""
						{ article(slug: "casablanca-start-ups-raise-record-funding", locale: "ar") { locale title direction } }""")
			.execute()
			.path("article.locale")
			.entity(String.class)
			.isEqualTo("en")
			.path("article.direction")
			.entity(String.class)
			.isEqualTo("LTR");
	}

	@Test
	void slugArgumentsAreValuesNotPatterns() {
		this.anonymous.document("{ article(slug: \".*\") { id } }").execute().path("article").valueIsNull();
		this.anonymous.document("query($s: String!) { article(slug: $s) { id } }")
			.variable("s", "{\"$ne\": null}")
			.execute()
			.path("article")
			.valueIsNull();
	}

	@Test
	void draftsAreHiddenFromAnonymousReadersButNotFromEditors() {
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", this.draft)
			.execute()
			.path("article")
			.valueIsNull();
		this.anonymous.document("{ articles(locale: \"fr\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.doesNotContain("Brouillon secret");
		this.editor.document("query($id: ID!) { article(id: $id) { title status } }")
			.variable("id", this.draft)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Brouillon secret")
			.path("article.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
		this.editor.document("{ articles(locale: \"fr\", status: DRAFT) { totalCount edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Brouillon secret");
	}

	@Test
	void anonymousReadersCannotListDrafts() {
		this.anonymous.document("{ articles(status: DRAFT) { totalCount } }")
			.execute()
			.errors()
			.satisfy(hasError("UNAUTHENTICATED"));
		this.moderator.document("{ articles(status: DRAFT) { totalCount } }")
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN"));
	}

	@Test
	void formattedDatesFollowTheRequestedLocale() {
		this.anonymous.document("""
				query($id: ID!) {
				  ma: article(id: $id, locale: "ar-MA") { publishedAtFormatted }
				  fr: article(id: $id, locale: "fr") { publishedAtFormatted publishedAt }
				  full: article(id: $id, locale: "fr") { publishedAtFormatted(style: FULL) }
				  unstyled: article(id: $id, locale: "fr") { publishedAtFormatted(style: null) }
				}""")
			.variable("id", this.bilingual)
			.execute()
			.path("ma.publishedAtFormatted")
			.entity(String.class)
			.isEqualTo("23 نونبر 2021")
			.path("fr.publishedAtFormatted")
			.entity(String.class)
			.isEqualTo("23 novembre 2021")
			.path("fr.publishedAt")
			.entity(String.class)
			.isEqualTo("2021-11-23T10:00:00Z")
			.path("full.publishedAtFormatted")
			.entity(String.class)
			.isEqualTo("mardi 23 novembre 2021")
			.path("unstyled.publishedAtFormatted")
			.entity(String.class)
			.isEqualTo("23 novembre 2021");
	}

	@Test
	void tagFilterAndCountsSeeArticlesThroughTheChain() {
		this.anonymous.document("""
				{ ar: articles(locale: "ar", tag: "maroc") { totalCount }
				  fr: articles(locale: "fr", tag: "maroc") { totalCount edges { node { title } } }
				  sport: articles(locale: "ar", tag: "sport") { edges { node { title } } }
				  unknown: articles(tag: "nope") { totalCount }
				  tag(slug: "maroc", locale: "ar") { name direction articleCount }
				  tags(locale: "fr") { totalCount edges { node { slug name articleCount } } } }""")
			.execute()
			.path("ar.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("fr.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("sport.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("ارتفاع أسعار المحروقات")
			.path("unknown.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("tag.name")
			.entity(String.class)
			.isEqualTo("المغرب")
			.path("tag.direction")
			.entity(String.class)
			.isEqualTo("RTL")
			.path("tag.articleCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("tags.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("tags.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Maroc", "Sport")
			.path("tags.edges[*].node.articleCount")
			.entityList(Integer.class)
			.containsExactly(1, 0);
	}

	@Test
	void tagArticlesAreListedInTheTagsChain() {
		this.anonymous.document("""
				{ tag(slug: "maroc", locale: "en") { articles { edges { node { title locale tags { name } } } } } }""")
			.execute()
			.path("tag.articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Rabat accueille le festival Mawazine", "Casablanca start-ups raise record funding")
			.path("tag.articles.edges[1].node.tags[*].name")
			.entityList(String.class)
			.containsExactly("Morocco");
	}

	@Test
	void pagesForwardAndBackwardWithCursors() {
		var first = this.anonymous.document(
				"""
						{ articles(locale: "ar", first: 1) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }""")
			.execute();
		first.path("articles.edges[*].node.title").entityList(String.class).containsExactly("ارتفاع أسعار المحروقات");
		first.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("articles.pageInfo.endCursor").entity(String.class).get();

		var second = this.anonymous.document("""
				query($after: String) { articles(locale: "ar", first: 1, after: $after) {
				  edges { node { title } } pageInfo { hasNextPage hasPreviousPage startCursor } } }""")
			.variable("after", end)
			.execute();
		second.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("الرباط تحتضن مهرجان موازين");
		second.path("articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		second.path("articles.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String start = second.path("articles.pageInfo.startCursor").entity(String.class).get();

		this.anonymous.document(
				"""
						query($before: String) { articles(locale: "ar", last: 5, before: $before) { edges { node { title } } } }""")
			.variable("before", start)
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("ارتفاع أسعار المحروقات");
	}

	@Test
	void oldestFirstOrderReversesTheList() {
		this.anonymous.document("{ articles(locale: \"ar\", orderBy: OLDEST) { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("الرباط تحتضن مهرجان موازين", "ارتفاع أسعار المحروقات");
	}

	@Test
	void pageSizeOverTheMaximumIsAnErrorNotACut() {
		this.anonymous.document("{ articles(first: 101) { totalCount } }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "first".equals(error.getExtensions().get("field"))));
	}

	@Test
	void forgedCursorIsBadUserInput() {
		this.anonymous.document("{ articles(after: \"not-a-cursor\") { totalCount } }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
	}

	@Test
	void bodyIsRenderedToSanitisedHtmlAndPlainText() {
		String id = createPublishedArticle(List.of(Map.of("locale", "en", "title", "Unsafe markup", "body", """
				Hello **world** <script>alert(1)</script>

				<a href="javascript:alert(2)" onclick="steal()">click</a> [ok](https://example.org)
				""")), List.of());
		this.anonymous.document("query($id: ID!) { article(id: $id) { body { markdown html text } excerpt } }")
			.variable("id", id)
			.execute()
			.path("article.body.html")
			.entity(String.class)
			.satisfies(html -> {
				assertThat(html).contains("<strong>world</strong>", "href=\"https://example.org\"");
				assertThat(html).doesNotContain("<script", "javascript:", "onclick");
			})
			.path("article.body.text")
			.entity(String.class)
			.satisfies(text -> assertThat(text).startsWith("Hello world"))
			.path("article.body.markdown")
			.entity(String.class)
			.satisfies(md -> assertThat(md).contains("**world**"))
			.path("article.excerpt")
			.entity(String.class)
			.satisfies(excerpt -> assertThat(excerpt).startsWith("Hello world"));
	}

}
