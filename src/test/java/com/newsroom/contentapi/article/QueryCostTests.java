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
			.contains("search");
	}

	private BsonDocument articleFind() {
		return this.commands.recent()
			.stream()
			.filter(command -> command.containsKey("find") && command.getString("find").getValue().equals("articles"))
			.findFirst()
			.orElseThrow();
	}

}
