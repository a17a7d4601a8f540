package com.newsroom.contentapi.author;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bylines over HTTP: authors' localised names, titles and bios; several authors per
 * article in order; author pages and lists by author; deletion refused while articles
 * name the author; the private email; the roles of every author mutation.
 */
class AuthorTests extends IntegrationTest {

	private static final String CREATE = "mutation($input: CreateAuthorInput!) { createAuthor(input: $input) { id slug } }";

	private static Map<String, Object> profile(String locale, String name, String title, String bio) {
		return Map.of("locale", locale, "name", name, "title", title, "bio", bio);
	}

	private String createSalma() {
		return this.editor.document(CREATE)
			.variable("input",
					Map.of("slug", "salma-bennani", "email", "salma@example.ma", "profiles",
							List.of(Map.of("locale", "ar", "name", "سلمى بناني"),
									profile("fr", "Salma Bennani", "Correspondante à Tanger",
											"Couvre le nord du Maroc depuis 2015.")),
							"links", List.of(Map.of("kind", "x", "url", "https://x.com/salma"))))
			.execute()
			.path("createAuthor.id")
			.entity(String.class)
			.get();
	}

	@Test
	void nameTitleAndBioFollowTheReadersChainEachOnItsOwn() {
		createSalma();
		String query = """
				query($l: Locale) { author(slug: "Salma-Bennani", locale: $l) { name title bio locale direction
				  links { kind url } } }""";
		GraphQlTester.Response arabic = this.anonymous.document(query).variable("l", "ar-MA").execute();
		arabic.path("author.name").entity(String.class).isEqualTo("سلمى بناني");
		arabic.path("author.locale").entity(String.class).isEqualTo("ar");
		arabic.path("author.direction").entity(String.class).isEqualTo("RTL");
		// no Arabic title or bio was written: the French ones, next in the chain
		arabic.path("author.title").entity(String.class).isEqualTo("Correspondante à Tanger");
		arabic.path("author.bio").entity(String.class).isEqualTo("Couvre le nord du Maroc depuis 2015.");
		arabic.path("author.links[0].url").entity(String.class).isEqualTo("https://x.com/salma");
		GraphQlTester.Response french = this.anonymous.document(query).variable("l", "fr").execute();
		french.path("author.name").entity(String.class).isEqualTo("Salma Bennani");
		french.path("author.direction").entity(String.class).isEqualTo("LTR");
		this.anonymous.document("{ author(slug: \"nobody\") { id } }").execute().path("author").valueIsNull();
	}

	@Test
	void anArticleCreditsSeveralAuthorsInOrderGuestsIncluded() {
		createSalma();
		createAuthor("invite-karim", "كريم الإدريسي", "Karim Idrissi");
		String id = createArticle(List.of(translation("ar", "تقرير", "نص")), List.of());
		setAuthors(id, List.of("invite-karim", "salma-bennani"));
		this.editor.document("query($id: ID!) { article(id: $id, locale: \"ar\") { authors { slug name } } }")
			.variable("id", id)
			.execute()
			.path("article.authors[*].name")
			.entityList(String.class)
			.containsExactly("كريم الإدريسي", "سلمى بناني");
		setAuthors(id, List.of("salma-bennani"));
		this.editor.document("query($id: ID!) { article(id: $id) { authors { slug } } }")
			.variable("id", id)
			.execute()
			.path("article.authors[*].slug")
			.entityList(String.class)
			.containsExactly("salma-bennani");
	}

	private void setAuthors(String articleId, List<String> slugs) {
		long expectedVersion = this.editor.document("query($id: ID!) { article(id: $id) { version } }")
			.variable("id", articleId)
			.execute()
			.path("article.version")
			.entity(Long.class)
			.get();
		this.editor.document("""
				mutation($id: ID!, $v: Int!, $a: [String!]) {
				  updateArticle(id: $id, expectedVersion: $v, input: { authors: $a }) { id } }""")
			.variable("id", articleId)
			.variable("v", expectedVersion)
			.variable("a", slugs)
			.execute()
			.path("updateArticle.id")
			.entity(String.class)
			.isEqualTo(articleId);
	}

	@Test
	void unknownOrRepeatedAuthorsInABylineAreBadInput() {
		createSalma();
		String mutation = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }";
		for (List<String> byline : List.of(List.of("salma-bennani", "nobody"),
				List.of("salma-bennani", "SALMA-BENNANI"))) {
			this.editor.document(mutation)
				.variable("input",
						Map.of("translations", List.of(translation("fr", "Titre", "Texte")), "authors", byline))
				.execute()
				.errors()
				.satisfy(hasError("BAD_USER_INPUT",
						error -> "input.authors".equals(error.getExtensions().get("field"))));
		}
		assertThat(this.mongo.getCollection("articles").countDocuments()).isZero();
	}

	@Test
	void articlesByAnAuthorArePublishedOnesNewestFirst() {
		createSalma();
		createAuthor("youssef-alaoui", "يوسف العلوي", "Youssef Alaoui");
		String older = createPublishedArticle(List.of(translation("fr", "Le port de Tanger", "Texte")), List.of());
		setAuthors(older, List.of("salma-bennani"));
		this.clock.advance(java.time.Duration.ofHours(1));
		String newer = createPublishedArticle(List.of(translation("fr", "Le détroit", "Texte")), List.of());
		setAuthors(newer, List.of("youssef-alaoui", "salma-bennani"));
		String draft = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		setAuthors(draft, List.of("salma-bennani"));
		createPublishedArticle(List.of(translation("fr", "Sans auteur", "Texte")), List.of());

		this.anonymous.document("{ articles(author: \"salma-bennani\", locale: \"fr\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Le détroit", "Le port de Tanger");
		this.anonymous.document("{ articles(author: \"nobody\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(0);
		GraphQlTester.Response page = this.anonymous.document("""
				{ authors(locale: "fr") { totalCount edges { node { slug articleCount
				  articles(first: 1) { edges { node { title } } pageInfo { hasNextPage } } } } } }""").execute();
		page.path("authors.totalCount").entity(Integer.class).isEqualTo(2);
		page.path("authors.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("salma-bennani", "youssef-alaoui");
		page.path("authors.edges[*].node.articleCount").entityList(Integer.class).containsExactly(2, 1);
		page.path("authors.edges[0].node.articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Le détroit");
		page.path("authors.edges[0].node.articles.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	@Test
	void anAuthorStillCreditedIsNotDeletedAndTheConflictSaysHowMany() {
		String id = createSalma();
		String published = createPublishedArticle(List.of(translation("fr", "Publié", "Texte")), List.of());
		setAuthors(published, List.of("salma-bennani"));
		String draft = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		setAuthors(draft, List.of("salma-bennani"));
		String delete = "mutation($id: ID!) { deleteAuthor(id: $id) }";

		this.editor.document(delete)
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT", error -> Integer.valueOf(2).equals(error.getExtensions().get("articles"))
					&& error.getMessage().contains("2 articles")));
		this.anonymous.document("{ author(slug: \"salma-bennani\") { slug } }")
			.execute()
			.path("author.slug")
			.entity(String.class)
			.isEqualTo("salma-bennani");

		setAuthors(published, List.of());
		setAuthors(draft, List.of());
		this.editor.document(delete)
			.variable("id", id)
			.execute()
			.path("deleteAuthor")
			.entity(String.class)
			.isEqualTo(id);
		this.anonymous.document("{ author(slug: \"salma-bennani\") { slug } }").execute().path("author").valueIsNull();
		assertError(this.editor.document(delete).variable("id", id).execute(), "NOT_FOUND");
	}

	@Test
	void theEmailIsForEditorsOnly() {
		createSalma();
		String query = "{ author(slug: \"salma-bennani\") { name email } }";
		GraphQlTester.Response anonymous = this.anonymous.document(query).execute();
		anonymous.errors().satisfy(hasError("UNAUTHENTICATED"));
		anonymous.path("author.name").entity(String.class).isEqualTo("Salma Bennani");
		anonymous.path("author.email").valueIsNull();
		assertError(this.moderator.document(query).execute(), "FORBIDDEN");
		this.editor.document(query).execute().path("author.email").entity(String.class).isEqualTo("salma@example.ma");
	}

	@Test
	void authorMutationsNeedAnEditor() {
		Map<String, Object> input = Map.of("slug", "x", "profiles", List.of(Map.of("locale", "fr", "name", "X")));
		assertError(this.anonymous.document(CREATE).variable("input", input).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(CREATE).variable("input", input).execute(), "FORBIDDEN");
		String id = createSalma();
		String update = "mutation($id: ID!) { updateAuthor(id: $id, input: { slug: \"autre\" }) { slug } }";
		assertError(this.anonymous.document(update).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(update).variable("id", id).execute(), "FORBIDDEN");
		String delete = "mutation($id: ID!) { deleteAuthor(id: $id) }";
		assertError(this.anonymous.document(delete).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(delete).variable("id", id).execute(), "FORBIDDEN");
		this.anonymous.document("{ author(slug: \"salma-bennani\") { slug } }")
			.execute()
			.path("author.slug")
			.entity(String.class)
			.isEqualTo("salma-bennani");
	}

	@Test
	void authorInputsAreValidated() {
		createSalma();
		this.editor.document(CREATE)
			.variable("input",
					Map.of("slug", "SALMA bennani", "profiles", List.of(Map.of("locale", "fr", "name", "Autre"))))
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT"));
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "ok", "profiles", List.of(Map.of("locale", "de", "name", "X"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT",
					error -> "input.profiles[0].locale".equals(error.getExtensions().get("field"))));
		this.editor.document(CREATE)
			.variable("input",
					Map.of("slug", "ok", "profiles",
							List.of(Map.of("locale", "fr", "name", "X"), Map.of("locale", "fr", "name", "Y"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT",
					error -> "input.profiles[1].locale".equals(error.getExtensions().get("field"))));
		this.editor.document(CREATE)
			.variable("input",
					Map.of("slug", "ok", "profiles", List.of(Map.of("locale", "fr", "name", "X")), "links",
							List.of(Map.of("kind", "site", "url", "javascript:alert(1)"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "ok", "profiles", List.of()))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		assertThat(this.mongo.getCollection("authors").countDocuments()).isEqualTo(1);
	}

	@Test
	void renamingAnAuthorChangesTheBylinesReadersSee() {
		String id = createSalma();
		String article = createPublishedArticle(List.of(translation("fr", "Publié", "Texte")), List.of());
		setAuthors(article, List.of("salma-bennani"));
		String headlines = "{ articles(locale: \"fr\") { edges { node { authors { name } } } } }";
		this.anonymous.document(headlines)
			.execute()
			.path("articles.edges[0].node.authors[0].name")
			.entity(String.class)
			.isEqualTo("Salma Bennani");
		this.editor
			.document(
					"""
							mutation($id: ID!) { updateAuthor(id: $id, input: { profiles: [{ locale: "fr", name: "Salma Bennani-Alami" }] }) {
							  name } }""")
			.variable("id", id)
			.execute()
			.path("updateAuthor.name")
			.entity(String.class)
			.isEqualTo("Salma Bennani-Alami");
		this.anonymous.document(headlines)
			.execute()
			.path("articles.edges[0].node.authors[0].name")
			.entity(String.class)
			.isEqualTo("Salma Bennani-Alami");
	}

}
