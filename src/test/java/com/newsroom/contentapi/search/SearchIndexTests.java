package com.newsroom.contentapi.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;
import com.newsroom.contentapi.article.Article;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index over HTTP: it follows every write, decides visibility at query time,
 * pages with stable cursors, and rebuilds from MongoDB.
 */
class SearchIndexTests extends IntegrationTest {

	private static final String SEARCH = """
			query($q: String!, $first: Int, $after: String) {
			  search(query: $q, first: $first, after: $after) {
			    totalCount pageInfo { hasNextPage endCursor } edges { cursor score node { id title } } } }""";

	private GraphQlTester.Response search(GraphQlTester tester, String query, Integer first, String after) {
		return tester.document(SEARCH).variable("q", query).variable("first", first).variable("after", after).execute();
	}

	private List<String> ids(GraphQlTester tester, String query) {
		return search(tester, query, 100, null).path("search.edges[*].node.id").entityList(String.class).get();
	}

	@Test
	void pagingThroughTiedAndMixedHitsReturnsEachArticleOnceInOrder() {
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			// half match in the title, half in the body; the same title for pairs, so
			// scores tie
			Map<String, Object> translation = new java.util.HashMap<>(
					(i % 2 == 0) ? translation("fr", "Marché du port", "Texte " + i)
							: translation("fr", "Chronique du port", "Le marché du port ouvre."));
			translation.put("slug", "marche-" + i);
			String id = createPublishedArticle(List.of(translation), List.of());
			created.add(id);
			// publication dates in the reverse order of creation, some equal
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
					Update.update("publishedAt", Instant.parse("2021-11-23T10:00:00Z").minusSeconds((i / 3) * 60L)),
					Article.class);
		}
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.everything());
		List<String> all = ids(this.anonymous, "marché");
		assertThat(all).containsExactlyInAnyOrderElementsOf(created);
		List<String> paged = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 10; page++) {
			GraphQlTester.Response response = search(this.anonymous, "marché", 3, after);
			paged.addAll(response.path("search.edges[*].node.id").entityList(String.class).get());
			if (!response.path("search.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			after = response.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).containsExactlyElementsOf(all);
	}

	@Test
	void aScheduledArticleIsFoundOnceItsTimeHasPassedWithoutAnyWrite() {
		String id = createArticle(List.of(translation("fr", "Budget de la région", "Texte")), List.of());
		this.editor.document("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { status } }")
			.variable("id", id)
			.variable("at", this.clock.instant().plus(Duration.ofHours(1)).toString())
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("SCHEDULED");
		assertThat(ids(this.anonymous, "budget")).isEmpty();
		assertThat(ids(this.editor, "budget")).containsExactly(id);
		this.clock.advance(Duration.ofHours(2));
		assertThat(ids(this.anonymous, "budget")).containsExactly(id);
	}

	@Test
	void unpublishingTrashingAndRestoringFollowAtOnce() {
		String id = createPublishedArticle(List.of(translation("fr", "Sécheresse", "Texte")), List.of());
		assertThat(ids(this.anonymous, "sécheresse")).containsExactly(id);
		this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }").variable("id", id).execute();
		assertThat(ids(this.anonymous, "sécheresse")).isEmpty();
		assertThat(ids(this.editor, "sécheresse")).isEmpty();
		this.editor.document("mutation($id: ID!) { restoreArticle(id: $id) { id } }").variable("id", id).execute();
		assertThat(ids(this.anonymous, "sécheresse")).containsExactly(id);
	}

	@Test
	void anArticleWrittenBehindTheIndexIsFoundAfterAnAdminRebuild() throws InterruptedException {
		String id = createPublishedArticle(List.of(translation("fr", "Tramway", "Texte")), List.of());
		// a copy written straight to MongoDB, as a crash between the write and the index
		// update would leave it
		Article article = this.mongo.findById(id, Article.class);
		this.mongo.getCollection("articles")
			.insertOne(this.mongo.getCollection("articles")
				.find(new org.bson.Document("_id", new org.bson.types.ObjectId(id)))
				.first()
				.append("_id", new org.bson.types.ObjectId())
				.append("slugKeys", List.of("fr:tramway-copie")));
		assertThat(article).isNotNull();
		assertThat(ids(this.anonymous, "tramway")).hasSize(1);
		assertError(this.editor.document("mutation { reindexSearch }").execute(), "FORBIDDEN");
		this.admin.document("mutation { reindexSearch }")
			.execute()
			.path("reindexSearch")
			.entity(Integer.class)
			.isEqualTo(2);
		for (int i = 0; i < 100 && !"DONE".equals(rebuildState()); i++) {
			Thread.sleep(50);
		}
		assertThat(rebuildState()).isEqualTo("DONE");
		this.admin.document("{ searchIndex { articles sizeBytes rebuildProcessed rebuildTotal } }")
			.execute()
			.path("searchIndex.articles")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("searchIndex.sizeBytes")
			.entity(Double.class)
			.satisfies(bytes -> assertThat(bytes).isGreaterThan(0))
			.path("searchIndex.rebuildProcessed")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(ids(this.anonymous, "tramway")).hasSize(2);
	}

	private List<String> titles(String query, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = this.anonymous.document("""
				query($q: String!, $order: SearchOrder, $from: DateTime, $before: DateTime) {
				  search(query: $q, orderBy: $order, publishedAfter: $from, publishedBefore: $before) {
				    edges { node { title } } } }""").variable("q", query);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path("search.edges[*].node.title").entityList(String.class).get();
	}

	@Test
	void wordsInQuotesMatchAsAPhrase() {
		createPublishedArticle(List.of(translation("fr", "La banque centrale relève son taux", "Texte")), List.of());
		createPublishedArticle(List.of(translation("fr", "La centrale de la banque", "Texte")), List.of());
		assertThat(titles("banque centrale", Map.of())).hasSize(2);
		assertThat(titles("\"banque centrale\"", Map.of())).containsExactly("La banque centrale relève son taux");
		// an unbalanced quote is plain text: both words, in any order
		assertThat(titles("\"banque centrale", Map.of())).hasSize(2);
	}

	@Test
	void theLastWordMatchesAsAPrefixUnlessASpaceFollowsIt() {
		createPublishedArticle(List.of(translation("fr", "Élections régionales", "Texte")), List.of());
		createPublishedArticle(List.of(translation("ar", "الانتخابات الجهوية", "نص")), List.of());
		assertThat(titles("régio", Map.of())).containsExactly("Élections régionales");
		assertThat(titles("élections régio", Map.of())).containsExactly("Élections régionales");
		assertThat(titles("régio ", Map.of())).isEmpty();
		assertThat(titles("الانتخ", Map.of())).containsExactly("الانتخابات الجهوية");
	}

	@Test
	void operatorCharactersNeverWidenTheSearch() {
		createPublishedArticle(List.of(translation("fr", "Port de Tanger", "Texte")), List.of());
		createPublishedArticle(List.of(translation("fr", "Marché de Rabat", "Texte")), List.of());
		// as operators, each of these would find one article or both
		for (String query : List.of("*", "port OR rabat", "port NOT rabat", "title.fr:port rabat")) {
			assertThat(titles(query, Map.of())).as(query).isEmpty();
		}
		for (String query : List.of("port*", "tang~")) {
			assertThat(titles(query, Map.of())).as(query).containsExactly("Port de Tanger");
		}
	}

	@Test
	void newestFirstAndPublicationWindow() {
		String old = createPublishedArticle(List.of(translation("fr", "Pluie ancienne", "Texte")), List.of());
		String recent = createPublishedArticle(List.of(translation("fr", "Pluie récente sur la pluie", "Texte")),
				List.of());
		setPublishedAt(old, "2021-11-20T10:00:00Z");
		setPublishedAt(recent, "2021-11-23T10:00:00Z");
		assertThat(titles("pluie", Map.of("order", "NEWEST"))).containsExactly("Pluie récente sur la pluie",
				"Pluie ancienne");
		assertThat(titles("pluie", Map.of("from", "2021-11-21T00:00:00Z")))
			.containsExactly("Pluie récente sur la pluie");
		assertThat(titles("pluie", Map.of("before", "2021-11-23T10:00:00Z"))).containsExactly("Pluie ancienne");
		String newestCursor = this.anonymous
			.document("{ search(query: \"pluie\", orderBy: NEWEST, first: 1) { pageInfo { endCursor } } }")
			.execute()
			.path("search.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.anonymous.document("query($a: String) { search(query: \"pluie\", first: 1, after: $a) { totalCount } }")
			.variable("a", newestCursor)
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.anonymous.document(
				"query($a: String) { search(query: \"pluie\", orderBy: NEWEST, after: $a) { edges { node { title } } } }")
			.variable("a", newestCursor)
			.execute()
			.path("search.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Pluie ancienne");
	}

	/**
	 * Changes a publication time behind the service's back, announced as the change
	 * stream announces another instance's write.
	 */
	private void setPublishedAt(String id, String instant) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("publishedAt", Instant.parse(instant)), Article.class);
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("article:" + id));
	}

	@Test
	void facetsCountEveryHitPerTagNamedInTheReadersLocale() {
		createTag("sport", "رياضة", "Sport", "Sport");
		createTag("economie", "اقتصاد", "Économie", "Economy");
		createPublishedArticle(List.of(translation("fr", "Football 1", "Texte")), List.of("sport"));
		createPublishedArticle(List.of(translation("fr", "Football 2", "Texte")), List.of("sport", "economie"));
		createPublishedArticle(List.of(translation("fr", "Football 3", "Texte")), List.of("sport"));
		createArticle(List.of(translation("fr", "Football en brouillon", "Texte")), List.of("economie"));
		String query = """
				{ search(query: "football", locale: "ar", first: 1) {
				    facets { tags { count tag { slug name } } } } }""";
		this.anonymous.document(query)
			.execute()
			.path("search.facets.tags[*].tag.slug")
			.entityList(String.class)
			.containsExactly("sport", "economie")
			.path("search.facets.tags[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 1)
			.path("search.facets.tags[*].tag.name")
			.entityList(String.class)
			.containsExactly("رياضة", "اقتصاد");
		this.editor.document(query)
			.execute()
			.path("search.facets.tags[*].count")
			.entityList(Integer.class)
			.containsExactly(3, 2);
	}

	private List<String> suggestions(String prefix, String locale) {
		return this.anonymous.document(
				"""
						query($p: String!, $l: Locale) { searchSuggestions(prefix: $p, locale: $l) { title locale direction } }""")
			.variable("p", prefix)
			.variable("l", locale)
			.execute()
			.path("searchSuggestions[*].title")
			.entityList(String.class)
			.get();
	}

	@Test
	void suggestionsAreTitlesOfPublishedArticlesInTheReadersChain() {
		assertThat(suggestions("tram", "fr")).isEmpty();
		createPublishedArticle(
				List.of(translation("fr", "Tramway de Rabat", "Texte"), translation("ar", "ترامواي الرباط", "نص")),
				List.of());
		createArticle(List.of(translation("fr", "Tramway en brouillon", "Texte")), List.of());
		createPublishedArticle(List.of(translation("fr", "Chronique", "Le tramway passe.")), List.of());
		// the cached empty answer was dropped by the publication
		assertThat(suggestions("tram", "fr")).containsExactly("Tramway de Rabat");
		assertThat(suggestions("de tram", "fr")).containsExactly("Tramway de Rabat");
		assertThat(suggestions("ترامو", "ar")).containsExactly("ترامواي الرباط");
		this.anonymous.document("{ searchSuggestions(prefix: \"ترامو\", locale: \"ar\") { locale direction } }")
			.execute()
			.path("searchSuggestions[0].direction")
			.entity(String.class)
			.isEqualTo("RTL");
		assertThat(suggestions("  ", "fr")).isEmpty();
		this.anonymous.document("{ searchSuggestions(prefix: \"tram\", first: 21) { title } }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
	}

	@Test
	void relatedArticlesAreThePublishedOnesMostAlikeFoundForAWholePageAtOnce() {
		createTag("climat", "مناخ", "Climat", "Climate");
		createPublishedArticle(
				List.of(translation("fr", "Sécheresse : les barrages du Maroc à sec", "Les barrages se vident.")),
				List.of("climat"));
		createPublishedArticle(List.of(translation("fr", "Les barrages face à la sécheresse", "Pluie attendue.")),
				List.of("climat"));
		createPublishedArticle(List.of(translation("fr", "Festival de musique à Rabat", "Concerts.")), List.of());
		createArticle(List.of(translation("fr", "Sécheresse et barrages, brouillon", "Les barrages se vident.")),
				List.of("climat"));
		this.commands.reset();
		GraphQlTester.Response response = this.anonymous.document("""
				{ articles(locale: "fr", first: 10) { edges { node { title related(first: 3) { title } } } } }""")
			.execute();
		List<String> titles = response.path("articles.edges[*].node.title").entityList(String.class).get();
		int drought = titles.indexOf("Sécheresse : les barrages du Maroc à sec");
		response.path("articles.edges[" + drought + "].node.related[*].title")
			.entityList(String.class)
			.containsExactly("Les barrages face à la sécheresse");
		assertThat(this.commands.recent()
			.stream()
			.filter(command -> command.containsKey("find") && command.getString("find").getValue().equals("articles"))
			.count()).as("the page, then the related articles of every article of it").isEqualTo(2);
	}

	@Test
	void relatedArticlesServeTheirBodyAndTheirOwnRelatedArticlesWhenSelected() {
		String filler = "Une longue chronique des marchés agricoles, des semis et des prix de gros, semaine après semaine. "
			.repeat(4);
		createPublishedArticle(List.of(translation("fr", "Stress hydrique au Maroc", "Le stress hydrique s'aggrave.")),
				List.of());
		createPublishedArticle(List
			.of(translation("fr", "Chronique agricole", filler + "Le stress hydrique menace les récoltes de blé.")),
				List.of());
		createPublishedArticle(List.of(translation("fr", "Festival de musique à Rabat", "Concerts.")), List.of());
		GraphQlTester.Response response = this.anonymous.document("""
				{ article(slug: "stress-hydrique-au-maroc", locale: "fr") {
				    related(first: 3) { title body { text } related(first: 3) { title } } } }""").execute();
		response.path("article.related[*].title").entityList(String.class).containsExactly("Chronique agricole");
		response.path("article.related[0].body.text")
			.entity(String.class)
			.satisfies(text -> assertThat(text).endsWith("Le stress hydrique menace les récoltes de blé."));
		// found by words of its body past its excerpt
		response.path("article.related[0].related[*].title")
			.entityList(String.class)
			.containsExactly("Stress hydrique au Maroc");
	}

	private String rebuildState() {
		return this.admin.document("{ searchIndex { rebuild } }")
			.execute()
			.path("searchIndex.rebuild")
			.entity(String.class)
			.get();
	}

}
