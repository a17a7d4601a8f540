package com.newsroom.contentapi.section;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections over HTTP: names through the chain, the tree (parent, children, path, order),
 * lists with and without subsections, moves that would make a cycle, deletion refused
 * while the section holds something, and the roles of every section mutation.
 */
class SectionTests extends IntegrationTest {

	private static final String CREATE = "mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }";

	private String createSection(String slug, String parent, String ar, String fr) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("slug", slug, "names", List.of(Map.of("locale", "ar", "name", ar),
						Map.of("locale", "fr", "name", fr, "description", "La rubrique " + fr))));
		if (parent != null) {
			input.put("parent", parent);
		}
		return this.editor.document(CREATE)
			.variable("input", input)
			.execute()
			.path("createSection.id")
			.entity(String.class)
			.get();
	}

	private void politicsTree() {
		createSection("politique", null, "سياسة", "Politique");
		createSection("economie", null, "اقتصاد", "Économie");
		createSection("maroc", "politique", "المغرب", "Maroc");
		createSection("international", "politique", "دولي", "International");
	}

	/** A published article in a section, one minute after the previous one. */
	private String publishedIn(String section, String title) {
		this.clock.advance(Duration.ofMinutes(1));
		String id = this.editor
			.document("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }")
			.variable("input", Map.of("translations", List.of(translation("fr", title, "Texte")), "section", section))
			.execute()
			.path("createArticle.id")
			.entity(String.class)
			.get();
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		return id;
	}

	@Test
	void namesFollowTheChainAndTheTreeGivesParentChildrenAndPath() {
		politicsTree();
		GraphQlTester.Response arabic = this.anonymous.document("""
				{ sections(locale: "ar-MA") { slug name direction children { slug } }
				  section(slug: "MAROC", locale: "ar-MA") { name description parent { slug name } path { slug } } }""")
			.execute();
		arabic.path("sections[*].slug").entityList(String.class).containsExactly("politique", "economie");
		arabic.path("sections[0].name").entity(String.class).isEqualTo("سياسة");
		arabic.path("sections[0].direction").entity(String.class).isEqualTo("RTL");
		arabic.path("sections[0].children[*].slug").entityList(String.class).containsExactly("maroc", "international");
		arabic.path("section.name").entity(String.class).isEqualTo("المغرب");
		// no Arabic description: the French one, next in the chain
		arabic.path("section.description").entity(String.class).isEqualTo("La rubrique Maroc");
		arabic.path("section.parent.name").entity(String.class).isEqualTo("سياسة");
		arabic.path("section.path[*].slug").entityList(String.class).containsExactly("politique", "maroc");
		this.anonymous.document("{ sections(parent: \"politique\", locale: \"fr\") { name } }")
			.execute()
			.path("sections[*].name")
			.entityList(String.class)
			.containsExactly("Maroc", "International");
		this.anonymous.document("{ section(slug: \"nope\") { id } }").execute().path("section").valueIsNull();
	}

	@Test
	void positionsOrderSiblings() {
		politicsTree();
		String international = this.anonymous.document("{ section(slug: \"international\") { id } }")
			.execute()
			.path("section.id")
			.entity(String.class)
			.get();
		this.editor.document("mutation($id: ID!) { updateSection(id: $id, input: { position: -1 }) { position } }")
			.variable("id", international)
			.execute()
			.path("updateSection.position")
			.entity(Integer.class)
			.isEqualTo(-1);
		this.anonymous.document("{ section(slug: \"politique\") { children { slug } } }")
			.execute()
			.path("section.children[*].slug")
			.entityList(String.class)
			.containsExactly("international", "maroc");
	}

	@Test
	void listsOfASectionIncludeItsSubsectionsWhenAsked() {
		politicsTree();
		publishedIn("politique", "Le parlement vote");
		publishedIn("maroc", "Élections à Tanger");
		publishedIn("international", "Sommet à Bruxelles");
		publishedIn("economie", "Le dirham stable");

		this.anonymous.document("{ articles(section: \"politique\", locale: \"fr\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Le parlement vote");
		this.anonymous.document("""
				{ articles(section: "politique", includeSubsections: true, locale: "fr") {
				  totalCount edges { node { title section { slug path { name } } } } } }""")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Sommet à Bruxelles", "Élections à Tanger", "Le parlement vote")
			.path("articles.edges[1].node.section.path[*].name")
			.entityList(String.class)
			.containsExactly("Politique", "Maroc");
		GraphQlTester.Response pages = this.anonymous
			.document(
					"""
							{ sections(locale: "fr") { slug
							  all: articles(first: 2, includeSubsections: true) { totalCount edges { node { title } } pageInfo { hasNextPage } }
							  own: articles { totalCount } } }""")
			.execute();
		pages.path("sections[0].all.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Sommet à Bruxelles", "Élections à Tanger");
		pages.path("sections[0].all.totalCount").entity(Integer.class).isEqualTo(3);
		pages.path("sections[0].all.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		pages.path("sections[0].own.totalCount").entity(Integer.class).isEqualTo(1);
		pages.path("sections[1].all.edges[*].node.title").entityList(String.class).containsExactly("Le dirham stable");
		this.anonymous.document("{ articles(section: \"nope\") { edges { node { title } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void aMoveThatWouldMakeACycleIsRefusedAndAMoveChangesTheLists() {
		politicsTree();
		publishedIn("maroc", "Élections à Tanger");
		String politique = sectionId("politique");
		String maroc = sectionId("maroc");
		String move = "mutation($id: ID!, $p: String) { updateSection(id: $id, input: { parent: $p }) { slug parent { slug } } }";
		for (String under : List.of("maroc", "politique")) {
			this.editor.document(move)
				.variable("id", politique)
				.variable("p", under)
				.execute()
				.errors()
				.satisfy(
						hasError("BAD_USER_INPUT", error -> "input.parent".equals(error.getExtensions().get("field"))));
		}
		String withSubsections = "{ articles(section: \"politique\", includeSubsections: true) { totalCount } }";
		this.anonymous.document(withSubsections)
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1);

		this.editor.document(move)
			.variable("id", maroc)
			.variable("p", "")
			.execute()
			.path("updateSection.parent")
			.valueIsNull();
		// the cached list was dropped by the move
		this.anonymous.document(withSubsections)
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		this.anonymous.document("{ sections { slug } }")
			.execute()
			.path("sections[*].slug")
			.entityList(String.class)
			.containsExactly("politique", "economie", "maroc");
	}

	private String sectionId(String slug) {
		return this.anonymous.document("query($s: String!) { section(slug: $s) { id } }")
			.variable("s", slug)
			.execute()
			.path("section.id")
			.entity(String.class)
			.get();
	}

	@Test
	void aSectionThatHoldsArticlesOrSubsectionsIsNotDeleted() {
		politicsTree();
		String article = publishedIn("economie", "Le dirham stable");
		String delete = "mutation($id: ID!) { deleteSection(id: $id) }";
		this.editor.document(delete)
			.variable("id", sectionId("politique"))
			.execute()
			.errors()
			.satisfy(
					hasError("CONFLICT", error -> Integer.valueOf(2).equals(error.getExtensions().get("subsections"))));
		this.editor.document(delete)
			.variable("id", sectionId("economie"))
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT", error -> Integer.valueOf(1).equals(error.getExtensions().get("articles"))));

		long version = this.editor.document("query($id: ID!) { article(id: $id) { version } }")
			.variable("id", article)
			.execute()
			.path("article.version")
			.entity(Long.class)
			.get();
		this.editor.document("""
				mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: { section: "" }) {
				  section { slug } } }""")
			.variable("id", article)
			.variable("v", version)
			.execute()
			.path("updateArticle.section")
			.valueIsNull();
		String economie = sectionId("economie");
		this.editor.document(delete)
			.variable("id", economie)
			.execute()
			.path("deleteSection")
			.entity(String.class)
			.isEqualTo(economie);
		this.anonymous.document("{ section(slug: \"economie\") { id } }").execute().path("section").valueIsNull();
	}

	@Test
	void anUnknownSectionInAnArticleIsBadInput() {
		this.editor.document("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }")
			.variable("input", Map.of("translations", List.of(translation("fr", "Titre", "Texte")), "section", "nope"))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "input.section".equals(error.getExtensions().get("field"))));
		assertThat(this.mongo.getCollection("articles").countDocuments()).isZero();
	}

	@Test
	void sectionMutationsNeedAnEditor() {
		Map<String, Object> input = Map.of("slug", "x", "names", List.of(Map.of("locale", "fr", "name", "X")));
		assertError(this.anonymous.document(CREATE).variable("input", input).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(CREATE).variable("input", input).execute(), "FORBIDDEN");
		String id = createSection("culture", null, "ثقافة", "Culture");
		String update = "mutation($id: ID!) { updateSection(id: $id, input: { slug: \"arts\" }) { slug } }";
		assertError(this.anonymous.document(update).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(update).variable("id", id).execute(), "FORBIDDEN");
		String delete = "mutation($id: ID!) { deleteSection(id: $id) }";
		assertError(this.anonymous.document(delete).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(delete).variable("id", id).execute(), "FORBIDDEN");
		assertThat(sectionId("culture")).isEqualTo(id);
	}

	@Test
	void sectionSlugsAreUniqueAndInputsValidated() {
		createSection("culture", null, "ثقافة", "Culture");
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "Culture", "names", List.of()))
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT"));
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "arts", "names", List.of(), "parent", "nope"))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "input.parent".equals(error.getExtensions().get("field"))));
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "arts", "names", List.of(Map.of("locale", "de", "name", "Kunst"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT",
					error -> "input.names[0].locale".equals(error.getExtensions().get("field"))));
		assertThat(this.mongo.getCollection("sections").countDocuments()).isEqualTo(1);
	}

}
