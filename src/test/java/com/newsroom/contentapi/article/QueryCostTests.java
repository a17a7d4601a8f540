package com.newsroom.contentapi.article;

import java.util.List;
import java.util.stream.IntStream;

import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a headlines query costs in MongoDB commands, counted with a driver
 * {@code CommandListener}: the tags of a page are loaded in one batch, and unselected
 * bodies are not read.
 */
class QueryCostTests extends IntegrationTest {

	private static final String HEADLINES = """
			{ articles(first: 50, locale: "fr") { edges { node { title slug excerpt publishedAt tags { name slug } commentCount } } } }""";

	private int commandsForHeadlines(int articles) {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createTag("sport", "رياضة", "Sport", "Sport");
		IntStream.range(0, articles)
			.forEach(i -> createPublishedArticle(List.of(translation("fr", "Titre " + i, "Texte " + i)),
					List.of((i % 2 == 0) ? "maroc" : "sport")));
		this.commands.reset();
		this.anonymous.document(HEADLINES)
			.execute()
			.path("articles.edges[*].node.tags[0].name")
			.entityList(String.class)
			.hasSize(articles);
		return this.commands.count();
	}

	@Test
	void commandCountDoesNotGrowWithThePageSize() {
		int forFive = commandsForHeadlines(5);
		setUpTesters();
		int forFifty = commandsForHeadlines(50);
		// the page, the tags of the page, the comment counts of the page
		assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(3);

		// then the tags are in memory: the page and its comment counts (another page
		// size, so that the response
		// cache does not answer)
		this.commands.reset();
		this.anonymous.document(HEADLINES.replace("first: 50", "first: 40"))
			.execute()
			.path("articles.edges[*].node.tags[0].name")
			.entityList(String.class)
			.contains("Maroc", "Sport");
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.containsExactlyInAnyOrder("find articles", "find comment_counts");
	}

	@Test
	void headlinesReadNeitherBodiesNorOtherLocalesButArticlePagesDo() {
		createPublishedArticle(List.of(translation("fr", "Titre", "Un long texte")), List.of());
		this.commands.reset();
		this.anonymous.document(HEADLINES).execute().path("articles.edges").entityList(Object.class).hasSize(1);
		assertThat(articleFind().getDocument("projection").keySet()).as("French chain, no bodies")
			.contains("translations.fr.body", "translations.fr.bodyHtml", "translations.ar", "translations.en")
			.doesNotContain("translations.fr");

		this.commands.reset();
		this.anonymous.document("{ articles(locale: \"fr\") { edges { node { title translations { locale } } } } }")
			.execute()
			.path("articles.edges[0].node.translations[*].locale")
			.entityList(String.class)
			.containsExactly("fr");
		assertThat(articleFind().getDocument("projection").keySet()).as("hreflang links need every translation")
			.contains("translations.ar.bodyText", "translations.fr.bodyText")
			.doesNotContain("translations.ar", "translations.en");

		this.commands.reset();
		this.anonymous.document("{ articles(locale: \"fr\") { edges { node { body { text } } } } }")
			.execute()
			.path("articles.edges[0].node.body.text")
			.entity(String.class)
			.isEqualTo("Un long texte");
		assertThat(articleFind().getDocument("projection").keySet()).doesNotContain("translations.fr.body")
			.contains("translations.ar", "translations.en");
	}

	private BsonDocument articleFind() {
		return this.commands.recent()
			.stream()
			.filter(command -> command.containsKey("find") && command.getString("find").getValue().equals("articles"))
			.findFirst()
			.orElseThrow();
	}

	private static final String NESTED = """
			{ articles(first: 20, locale: "fr") { totalCount edges { node { title
			  comments(first: 2) { totalCount edges { node { body } } pageInfo { hasNextPage } }
			  revisions(first: 1) { totalCount edges { node { summary } } } } } } }""";

	/**
	 * The lists under each article (its comments, its revisions) and their totals are one
	 * command per field for the whole page, whatever the number of articles.
	 */
	@Test
	void listsUnderEachArticleCostOneCommandPerField() {
		int forTwo = commandsForNestedLists(2);
		setUpTesters();
		int forEight = commandsForNestedLists(8);
		assertThat(forEight).isEqualTo(forTwo);
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.as("the editor's token; the page and its count; comments and their totals; revisions and their totals")
			.containsExactlyInAnyOrder("find api_tokens", "find articles", "aggregate articles", "aggregate comments",
					"aggregate comments", "aggregate article_revisions", "aggregate article_revisions");
	}

	private int commandsForNestedLists(int articles) {
		List<String> ids = IntStream.range(0, articles)
			.mapToObj(i -> createPublishedArticle(List.of(translation("fr", "Fil " + i, "Texte")), List.of()))
			.toList();
		for (String id : ids) {
			for (int c = 0; c < 3; c++) {
				this.mongo.insert(new org.bson.Document("articleId", id).append("ancestorIds", List.of())
					.append("authorName", "Lecteur")
					.append("body", "Avis " + c + " sur " + id)
					.append("bodyHtml", "<p>Avis</p>")
					.append("bodyHash", id + c)
					.append("locale", "fr")
					.append("status", "APPROVED")
					.append("spamScore", 0)
					.append("spamSignals", List.of())
					.append("replyCount", 0)
					.append("renderVersion", Integer.MAX_VALUE)
					.append("createdAt", java.util.Date.from(this.clock.instant().plusSeconds(c))), "comments");
			}
		}
		this.commands.reset();
		var response = this.editor.document(NESTED).execute();
		response.path("articles.edges[*].node.comments.edges").entityList(Object.class).hasSize(articles);
		response.path("articles.edges[0].node.comments.totalCount").entity(Integer.class).isEqualTo(3);
		response.path("articles.edges[0].node.comments.edges[*].node.body")
			.entityList(String.class)
			.containsExactly("Avis 0 sur " + ids.get(ids.size() - 1), "Avis 1 sur " + ids.get(ids.size() - 1));
		response.path("articles.edges[0].node.comments.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("articles.edges[*].node.revisions.totalCount").entityList(Integer.class).hasSize(articles);
		response.path("articles.edges[0].node.revisions.edges[0].node.summary")
			.entity(String.class)
			.isEqualTo("published");
		return this.commands.count();
	}

	/** The article lists of a page of tags, and their totals, are one command each. */
	@Test
	void articleListsOfEachTagCostOneCommandPerField() {
		int forTwo = commandsForTagLists(2);
		setUpTesters();
		int forSix = commandsForTagLists(6);
		assertThat(forSix).isEqualTo(forTwo);
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.as("the page of tags; their articles; their totals")
			.containsExactlyInAnyOrder("find tags", "aggregate articles", "aggregate articles");
	}

	private int commandsForTagLists(int tags) {
		for (int t = 0; t < tags; t++) {
			createTag("theme-" + t, "موضوع " + t, "Thème " + t, "Topic " + t);
			createPublishedArticle(List.of(translation("fr", "Ancien " + t, "Texte")), List.of("theme-" + t));
			this.clock.advance(java.time.Duration.ofMinutes(1));
			createPublishedArticle(List.of(translation("fr", "Récent " + t, "Texte")), List.of("theme-" + t));
		}
		this.commands.reset();
		var response = this.anonymous.document("""
				{ tags(locale: "fr", first: 20) { edges { node { slug
				  articles(first: 1) { totalCount edges { node { title } } pageInfo { hasNextPage } } } } } }""")
			.execute();
		response.path("tags.edges[*].node.articles.totalCount")
			.entityList(Integer.class)
			.hasSize(tags)
			.satisfies(totals -> assertThat(totals).containsOnly(2));
		response.path("tags.edges[0].node.slug").entity(String.class).isEqualTo("theme-0");
		response.path("tags.edges[0].node.articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Récent 0");
		response.path("tags.edges[0].node.articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		return this.commands.count();
	}

	/**
	 * The bylines of a page are one batched read whatever the page size, and none once
	 * the authors are in memory.
	 */
	@Test
	void bylinesOfAPageCostOneCommandThenNone() {
		int forTwo = commandsForBylines(2);
		setUpTesters();
		int forEight = commandsForBylines(8);
		assertThat(forEight).isEqualTo(forTwo);
		assertThat(commandNames()).as("the page; its authors; its comment counts")
			.containsExactlyInAnyOrder("find articles", "find authors", "find comment_counts");

		this.commands.reset();
		this.anonymous.document(BYLINES.replace("first: 50", "first: 40"))
			.execute()
			.path("articles.edges[0].node.authors[*].name")
			.entityList(String.class)
			.containsExactly("Youssef Alaoui", "Salma Bennani");
		assertThat(commandNames()).containsExactlyInAnyOrder("find articles", "find comment_counts");
	}

	private static final String BYLINES = """
			{ articles(first: 50, locale: "fr") { edges { node { title authors { name slug } commentCount } } } }""";

	private int commandsForBylines(int articles) {
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		createAuthor("youssef-alaoui", "يوسف العلوي", "Youssef Alaoui");
		for (int i = 0; i < articles; i++) {
			String id = this.editor.document("""
					mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""")
				.variable("input",
						java.util.Map.of("translations", List.of(translation("fr", "Titre " + i, "Texte")), "authors",
								List.of("youssef-alaoui", "salma-bennani")))
				.execute()
				.path("createArticle.id")
				.entity(String.class)
				.get();
			this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		}
		this.commands.reset();
		this.anonymous.document(BYLINES)
			.execute()
			.path("articles.edges[*].node.authors[1].slug")
			.entityList(String.class)
			.hasSize(articles)
			.satisfies(slugs -> assertThat(slugs).containsOnly("salma-bennani"));
		return this.commands.count();
	}

	private List<String> commandNames() {
		return this.commands.recent()
			.stream()
			.map(command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.toList();
	}

	/**
	 * The articles of a list of sections, subsections included, and their totals are one
	 * command each whatever the number of sections; the sections themselves come from the
	 * tree in memory.
	 */
	@Test
	void articleListsOfEachSectionCostOneCommandPerField() {
		int forTwo = commandsForSectionLists(2);
		setUpTesters();
		int forFive = commandsForSectionLists(5);
		assertThat(forFive).isEqualTo(forTwo);
		assertThat(commandNames()).as("the lists; their totals (the tree was read when the articles were written)")
			.containsExactlyInAnyOrder("aggregate articles", "aggregate articles");

		this.commands.reset();
		this.anonymous.document(
				"{ articles(first: 30, locale: \"fr\") { edges { node { title section { name path { slug } } } } } }")
			.execute()
			.path("articles.edges[0].node.section.path[0].slug")
			.entity(String.class)
			.isEqualTo("rubrique-4");
		assertThat(commandNames()).containsExactly("find articles");
	}

	private int commandsForSectionLists(int sections) {
		for (int s = 0; s < sections; s++) {
			createSectionThroughApi("rubrique-" + s, null);
			createSectionThroughApi("sous-rubrique-" + s, "rubrique-" + s);
			for (String section : List.of("rubrique-" + s, "sous-rubrique-" + s)) {
				this.clock.advance(java.time.Duration.ofMinutes(1));
				String id = this.editor.document("""
						mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""")
					.variable("input",
							java.util.Map.of("translations", List.of(translation("fr", "Dans " + section, "Texte")),
									"section", section))
					.execute()
					.path("createArticle.id")
					.entity(String.class)
					.get();
				this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }")
					.variable("id", id)
					.execute();
			}
		}
		this.commands.reset();
		var response = this.anonymous.document("""
				{ sections(locale: "fr") { slug
				  articles(first: 1, includeSubsections: true) { totalCount edges { node { title } } } } }""")
			.execute();
		response.path("sections[*].articles.totalCount")
			.entityList(Integer.class)
			.hasSize(sections)
			.satisfies(totals -> assertThat(totals).containsOnly(2));
		response.path("sections[0].articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Dans sous-rubrique-0");
		return this.commands.count();
	}

	private void createSectionThroughApi(String slug, String parent) {
		java.util.Map<String, Object> input = new java.util.HashMap<>(
				java.util.Map.of("slug", slug, "names", List.of(java.util.Map.of("locale", "fr", "name", slug))));
		if (parent != null) {
			input.put("parent", parent);
		}
		this.editor.document("mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }")
			.variable("input", input)
			.execute()
			.path("createSection.id")
			.entity(String.class)
			.get();
	}

}
