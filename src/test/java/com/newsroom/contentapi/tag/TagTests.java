package com.newsroom.contentapi.tag;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Tags over HTTP: localised names, editing, uniqueness, and deletion from articles. */
class TagTests extends IntegrationTest {

	private static final String CREATE = "mutation($input: CreateTagInput!) { createTag(input: $input) { id slug name locale } }";

	@Test
	void tagNameFollowsTheLocaleChain() {
		createTag("economie", "اقتصاد", "Économie", "Economy");
		this.anonymous.document("""
				{ ma: tag(slug: "economie", locale: "ar-MA") { name locale direction }
				  de: tag(slug: "economie", locale: "de") { name locale direction }
				  upper: tag(slug: "ECONOMIE", locale: "en") { name } }""")
			.execute()
			.path("ma.name")
			.entity(String.class)
			.isEqualTo("اقتصاد")
			.path("ma.direction")
			.entity(String.class)
			.isEqualTo("RTL")
			.path("de.name")
			.entity(String.class)
			.isEqualTo("Économie")
			.path("de.locale")
			.entity(String.class)
			.isEqualTo("fr")
			.path("upper.name")
			.entity(String.class)
			.isEqualTo("Economy");
	}

	@Test
	void unknownTagIsNull() {
		this.anonymous.document("{ tag(slug: \"nope\") { id } }").execute().path("tag").valueIsNull();
	}

	@Test
	void tagSlugsAreUnique() {
		createTag("sport", "رياضة", "Sport", "Sport");
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "Sport", "names", List.of(Map.of("locale", "fr", "name", "Autre"))))
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT"));
	}

	@Test
	void tagInputsAreValidated() {
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "ok", "names", List.of(Map.of("locale", "de", "name", "Sport"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT",
					error -> "input.names[0].locale".equals(error.getExtensions().get("field"))));
		this.editor.document(CREATE)
			.variable("input", Map.of("slug", "!!!", "names", List.of()))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "input.slug".equals(error.getExtensions().get("field"))));
	}

	@Test
	void tagMutationsNeedAnEditor() {
		assertError(this.anonymous.document(CREATE)
			.variable("input", Map.of("slug", "x", "names", List.of(Map.of("locale", "fr", "name", "X"))))
			.execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(CREATE)
			.variable("input", Map.of("slug", "x", "names", List.of(Map.of("locale", "fr", "name", "X"))))
			.execute(), "FORBIDDEN");
		String id = createTag("culture", "ثقافة", "Culture", "Culture");
		assertError(this.moderator.document("mutation($id: ID!) { deleteTag(id: $id) }").variable("id", id).execute(),
				"FORBIDDEN");
	}

	@Test
	void updateReplacesNamesAndSlug() {
		String id = createTag("culture", "ثقافة", "Culture", "Culture");
		this.editor
			.document(
					"""
							mutation($id: ID!) { updateTag(id: $id, input: { slug: "arts", names: [{ locale: "fr", name: "Arts" }] }) {
							  slug name } }""")
			.variable("id", id)
			.execute()
			.path("updateTag.slug")
			.entity(String.class)
			.isEqualTo("arts")
			.path("updateTag.name")
			.entity(String.class)
			.isEqualTo("Arts");
		this.anonymous.document("{ tag(slug: \"arts\", locale: \"ar\") { name locale } }")
			.execute()
			.path("tag.name")
			.entity(String.class)
			.isEqualTo("Arts")
			.path("tag.locale")
			.entity(String.class)
			.isEqualTo("fr");
	}

	@Test
	void deletingATagRemovesItFromArticles() {
		String tagId = createTag("maroc", "المغرب", "Maroc", "Morocco");
		createTag("sport", "رياضة", "Sport", "Sport");
		String articleId = createPublishedArticle(List.of(translation("fr", "Match", "Texte")),
				List.of("maroc", "sport"));
		this.editor.document("mutation($id: ID!) { deleteTag(id: $id) }")
			.variable("id", tagId)
			.execute()
			.path("deleteTag")
			.entity(String.class)
			.isEqualTo(tagId);
		this.anonymous.document("query($id: ID!) { article(id: $id) { tags { slug } } }")
			.variable("id", articleId)
			.execute()
			.path("article.tags[*].slug")
			.entityList(String.class)
			.containsExactly("sport");
		assertError(this.editor.document("mutation($id: ID!) { deleteTag(id: $id) }").variable("id", tagId).execute(),
				"NOT_FOUND");
	}

	@Test
	void deletingATagIsARecordedChangeOfEachArticleByTheDeleter() {
		String tagId = createTag("breve", "موجز", "Brève", "Brief");
		String articleId = createArticle(List.of(translation("fr", "Brève du jour", "Texte")), List.of("breve"));
		int versionBefore = this.editor.document("query($id: ID!) { article(id: $id) { version } }")
			.variable("id", articleId)
			.execute()
			.path("article.version")
			.entity(Integer.class)
			.get();
		this.admin.document("mutation($id: ID!) { deleteTag(id: $id) }")
			.variable("id", tagId)
			.execute()
			.path("deleteTag")
			.entity(String.class)
			.isEqualTo(tagId);
		this.editor.document("""
				query($id: ID!) { article(id: $id) {
				  version revisions(first: 1) { edges { node { author summary content { tagIds } } } } } }""")
			.variable("id", articleId)
			.execute()
			.path("article.version")
			.entity(Integer.class)
			.isEqualTo(versionBefore + 1)
			.path("article.revisions.edges[0].node.author")
			.entity(String.class)
			.isEqualTo("bootstrap")
			.path("article.revisions.edges[0].node.summary")
			.entity(String.class)
			.satisfies(summary -> assertThat(summary).contains("breve", "removed"))
			.path("article.revisions.edges[0].node.content.tagIds")
			.entityList(String.class)
			.hasSize(0);
		this.editor.document(
				"""
						mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: { commentsOpen: false }) { id } }""")
			.variable("id", articleId)
			.variable("v", versionBefore)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")
					.containsEntry("updatedBy", "bootstrap")
					.containsEntry("currentVersion", versionBefore + 1);
			}));
	}

	/**
	 * Editors' requests bypass the response cache, so these see what the tag cache
	 * serves.
	 */
	private List<String> listedTagNames() {
		return this.editor.document("{ articles(locale: \"fr\") { edges { node { tags { name } } } } }")
			.execute()
			.path("articles.edges[0].node.tags[*].name")
			.entityList(String.class)
			.get();
	}

	@Test
	void aRenamedTagIsListedUnderItsNewNameAtOnce() {
		String id = createTag("culture", "ثقافة", "Culture", "Culture");
		createPublishedArticle(List.of(translation("fr", "Expo", "Texte")), List.of("culture"));
		assertThat(listedTagNames()).containsExactly("Culture");
		this.editor.document(
				"mutation($id: ID!) { updateTag(id: $id, input: { names: [{ locale: \"fr\", name: \"Arts\" }] }) { name } }")
			.variable("id", id)
			.execute()
			.path("updateTag.name")
			.entity(String.class)
			.isEqualTo("Arts");
		assertThat(listedTagNames()).containsExactly("Arts");
	}

	@Test
	void anotherInstancesRenameIsListedOnceTheTagCacheExpires() {
		String id = createTag("culture", "ثقافة", "Culture", "Culture");
		createPublishedArticle(List.of(translation("fr", "Expo", "Texte")), List.of("culture"));
		assertThat(listedTagNames()).containsExactly("Culture");
		// another instance's write: straight to MongoDB, no event here, no change stream
		// in this context
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("names.fr", "Arts"), Tag.class);
		assertThat(listedTagNames()).as("served from memory").containsExactly("Culture");
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(listedTagNames()).as("after contentapi.tags.cache-ttl").containsExactly("Arts");
	}

	@Test
	void tagsArePagedBySlug() {
		createTag("a-tag", "أ", "A", "A");
		createTag("b-tag", "ب", "B", "B");
		createTag("c-tag", "ج", "C", "C");
		var page = this.anonymous
			.document("{ tags(first: 2) { totalCount edges { node { slug } } pageInfo { hasNextPage endCursor } } }")
			.execute();
		page.path("tags.edges[*].node.slug").entityList(String.class).containsExactly("a-tag", "b-tag");
		page.path("tags.totalCount").entity(Integer.class).isEqualTo(3);
		String end = page.path("tags.pageInfo.endCursor").entity(String.class).get();
		this.anonymous.document(
				"query($after: String) { tags(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }")
			.variable("after", end)
			.execute()
			.path("tags.edges[*].node.slug")
			.entityList(String.class)
			.containsExactly("c-tag")
			.path("tags.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

}
