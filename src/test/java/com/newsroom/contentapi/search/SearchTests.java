package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;
import com.newsroom.contentapi.article.Article;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over HTTP: language-aware matching, ranking, highlights, fallback, filters,
 * limits and reindexing.
 */
class SearchTests extends IntegrationTest {

	private static final String SEARCH = """
			query($q: String!, $locale: Locale, $tag: String, $first: Int, $after: String) {
			  search(query: $q, locale: $locale, tag: $tag, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor }
			    edges { cursor score highlights node { id title locale direction } } } }""";

	/**
	 * Changes a publication time behind the service's back, announced as the change
	 * stream announces another instance's write.
	 */
	private void publishedAt(String id, String instant) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("publishedAt", Instant.parse(instant)), Article.class);
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("article:" + id));
	}

	/** Text around the words a test looks for, longer than a passage. */
	private static final String FILLER = "Ceci est une longue phrase de remplissage sans intérêt particulier pour le lecteur. "
		.repeat(4);

	@Test
	void arabicQueryWithoutHamzaFindsTextWrittenWithIt() {
		String id = createPublishedArticle(List.of(translation("ar", "ارتفاع أسعار المحروقات",
				"سجلت الأسعار ارتفاعا جديدا في محطات الوقود بالمدن المغربية.")), List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "اسعار المحروقات")
			.variable("locale", "ar")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("search.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("search.edges[0].node.direction")
			.entity(String.class)
			.isEqualTo("RTL")
			.path("search.edges[0].highlights[0]")
			.entity(String.class)
			.isEqualTo("ارتفاع <mark>أسعار</mark> <mark>المحروقات</mark>");
		this.anonymous.document(SEARCH)
			.variable("q", "بالأسعار")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void frenchQueryMatchesAcrossAccentsAndElisions() {
		createPublishedArticle(List.of(translation("fr", "Défilé de l'armée à Rabat", "Les troupes ont défilé.")),
				List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "armee defile")
			.variable("locale", "fr")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("search.edges[0].highlights[0]")
			.entity(String.class)
			.isEqualTo("<mark>Défilé</mark> de <mark>l&#39;armée</mark> à Rabat");
	}

	@Test
	void allWordsMustMatch() {
		createPublishedArticle(List.of(translation("fr", "Le budget de la culture", "Hausse des crédits.")), List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "budget culture")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
		this.anonymous.document(SEARCH)
			.variable("q", "budget sport")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void titleMatchesRankAboveBodyMatchesThenRecency() {
		String body = createPublishedArticle(
				List.of(translation("fr", "Chronique du lundi", "Le festival bat son plein.")), List.of());
		String titleOld = createPublishedArticle(List.of(translation("fr", "Le festival s'ouvre", "Texte.")),
				List.of());
		String titleNew = createPublishedArticle(List.of(translation("fr", "Le festival s'achève", "Texte.")),
				List.of());
		publishedAt(body, "2021-11-25T10:00:00Z");
		publishedAt(titleOld, "2021-11-20T10:00:00Z");
		publishedAt(titleNew, "2021-11-22T10:00:00Z");
		this.anonymous.document(SEARCH)
			.variable("q", "festival")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(titleNew, titleOld, body)
			.path("search.edges[*].score")
			.entityList(Double.class)
			.satisfies(scores -> assertThat(scores.get(1)).isGreaterThan(scores.get(2)));
	}

	@Test
	void frenchReaderFindsAnArabicOnlyArticleServedInArabic() {
		createPublishedArticle(List.of(translation("ar", "مهرجان موازين في الرباط", "يعود المهرجان.")), List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "موازين")
			.variable("locale", "fr")
			.execute()
			.path("search.edges[0].node.locale")
			.entity(String.class)
			.isEqualTo("ar")
			.path("search.edges[0].node.title")
			.entity(String.class)
			.isEqualTo("مهرجان موازين في الرباط");
	}

	@Test
	void bilingualArticleIsServedInTheReadersLocaleWhenThatVariantMatches() {
		createPublishedArticle(
				List.of(translation("ar", "مهرجان موازين", "نص"), translation("fr", "Le festival Mawazine", "Texte")),
				List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "Mawazine")
			.variable("locale", "ar")
			.execute()
			.path("search.edges[0].node.locale")
			.entity(String.class)
			.isEqualTo("fr");
		this.anonymous.document(SEARCH)
			.variable("q", "موازين")
			.variable("locale", "ar")
			.execute()
			.path("search.edges[0].node.locale")
			.entity(String.class)
			.isEqualTo("ar");
	}

	@Test
	void hitsServeTheirBodyAndEveryTranslationWhenSelected() {
		createPublishedArticle(List.of(translation("ar", "مهرجان موازين", "نص عربي"),
				translation("fr", "Le festival Mawazine", "Texte français"), translation("en", "Mawazine", "English")),
				List.of());
		var response = this.anonymous.document("""
				query($q: String!) { search(query: $q, locale: "fr", first: 5) {
				    edges { node { locale body { markdown text } translations { locale slug } } } } }""")
			.variable("q", "festival")
			.execute();
		response.path("search.edges[0].node.locale").entity(String.class).isEqualTo("fr");
		response.path("search.edges[0].node.body.text").entity(String.class).isEqualTo("Texte français");
		response.path("search.edges[0].node.translations[*].locale")
			.entityList(String.class)
			.contains("ar", "fr", "en")
			.hasSize(3);
	}

	@Test
	void bodySnippetsAreShortEscapedAndMarked() {
		createPublishedArticle(List
			.of(translation("fr", "Titre neutre", FILLER + "Le ministre <b>annonce</b> une réforme. " + FILLER)),
				List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "réforme")
			.execute()
			.path("search.edges[0].highlights")
			.entityList(String.class)
			.satisfies(highlights -> {
				assertThat(highlights).hasSize(1);
				String snippet = highlights.get(0);
				assertThat(snippet).contains("<mark>réforme</mark>", "&lt;b&gt;annonce&lt;/b&gt;")
					.startsWith("…")
					.endsWith("…");
				assertThat(snippet.length()).isLessThan(200);
			});
	}

	@Test
	void aBodyChangedSinceItWasIndexedIsHighlightedInItsCurrentText() {
		String id = createPublishedArticle(
				List.of(translation("fr", "Titre neutre", "Le gouvernement annonce un budget.")), List.of());
		// another instance's write, not yet seen by this instance's index
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("translations.fr.bodyText", "Hier, dans la soirée, le gouvernement démissionne.")
					.set("translations.fr.excerpt", "Hier, dans la soirée, le gouvernement démissionne."),
				Article.class);
		this.anonymous.document(SEARCH)
			.variable("q", "gouvernement")
			.execute()
			.path("search.edges[0].highlights")
			.entityList(String.class)
			.containsExactly("Hier, dans la soirée, le <mark>gouvernement</mark> démissionne.");
	}

	@Test
	void anExcerptWrittenByAnEditorIsFoundAndHighlighted() {
		Map<String, Object> translation = new HashMap<>(
				translation("fr", "Le festival Mawazine", "Le festival ouvre ses portes à Rabat."));
		translation.put("excerpt", "Les concerts en chiffres");
		createPublishedArticle(List.of(translation), List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "chiffres")
			.execute()
			.path("search.edges[0].highlights")
			.entityList(String.class)
			.satisfies(highlights -> assertThat(highlights).hasSize(1)
				.allSatisfy(passage -> assertThat(passage).contains("Les concerts en <mark>chiffres</mark>")));
	}

	@Test
	void aMatchInTheOpeningSentenceIsOnePassageThoughTheExcerptRepeatsIt() {
		createPublishedArticle(List.of(translation("fr", "Titre neutre", "Le ministre annonce une réforme. " + FILLER)),
				List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "réforme")
			.execute()
			.path("search.edges[0].highlights")
			.entityList(String.class)
			.satisfies(highlights -> assertThat(highlights).hasSize(1)
				.allSatisfy(
						passage -> assertThat(passage).startsWith("Le ministre annonce une <mark>réforme</mark>.")));
	}

	@Test
	void tagFilterAndDraftsHidden() {
		createTag("sport", "رياضة", "Sport", "Sport");
		createPublishedArticle(List.of(translation("fr", "Match de football", "Texte")), List.of("sport"));
		createPublishedArticle(List.of(translation("fr", "Football et économie", "Texte")), List.of());
		createArticle(List.of(translation("fr", "Football en brouillon", "Texte")), List.of("sport"));
		this.anonymous.document(SEARCH)
			.variable("q", "football")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(2);
		this.anonymous.document(SEARCH)
			.variable("q", "football")
			.variable("tag", "sport")
			.execute()
			.path("search.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Match de football");
		this.editor.document(SEARCH)
			.variable("q", "football")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
		this.anonymous.document(SEARCH)
			.variable("q", "football")
			.variable("tag", "inconnu")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void resultsArePaged() {
		for (int i = 0; i < 3; i++) {
			createPublishedArticle(List.of(translation("fr", "Élection numéro " + i, "Texte")), List.of());
		}
		var first = this.anonymous.document(SEARCH).variable("q", "élection").variable("first", 2).execute();
		first.path("search.edges").entityList(Object.class).hasSize(2);
		first.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String end = first.path("search.pageInfo.endCursor").entity(String.class).get();
		this.anonymous.document(SEARCH)
			.variable("q", "élection")
			.variable("first", 2)
			.variable("after", end)
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(1)
			.path("search.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(3);
	}

	@Test
	void badQueriesAreBadUserInput() {
		for (String query : List.of("", "   ", "a".repeat(201), "mot ".repeat(21))) {
			this.anonymous.document(SEARCH)
				.variable("q", query)
				.execute()
				.errors()
				.satisfy(hasError("BAD_USER_INPUT", error -> "query".equals(error.getExtensions().get("field"))));
		}
	}

	@Test
	void operatorCharactersArePlainText() {
		createPublishedArticle(List.of(translation("fr", "Prix du pétrole", "Texte")), List.of());
		for (String query : List.of(".*", "{\"$ne\": null}", "[a-z]+", "$where")) {
			this.anonymous.document(SEARCH)
				.variable("q", query)
				.execute()
				.path("search.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		this.anonymous.document(SEARCH)
			.variable("q", "(pétrole)*")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void changingATranslationUpdatesItsTerms() {
		String id = createPublishedArticle(List.of(translation("fr", "Ancien titre", "Texte")), List.of());
		this.editor.document(
				"""
						mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 1, translation: { locale: "fr", title: "Nouveau sujet" }) { version } }""")
			.variable("id", id)
			.execute()
			.path("putTranslation.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.anonymous.document(SEARCH)
			.variable("q", "ancien")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.anonymous.document(SEARCH)
			.variable("q", "sujet")
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);
	}

	@Test
	void stopWordsOnlyFindNothing() {
		createPublishedArticle(List.of(translation("fr", "Le la les", "de du")), List.of());
		this.anonymous.document(SEARCH)
			.variable("q", "le la")
			.variable("locale", "fr")
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

}
