package com.newsroom.contentapi.article;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trash: deleting moves an article out of every read, editors restore it, only admins
 * purge it; each step is a revision and an audit entry, and changes cached responses at
 * once.
 */
class ArticleTrashTests extends IntegrationTest {

	private static final String DELETE = "mutation($id: ID!) { deleteArticle(id: $id) }";

	private static final String RESTORE = "mutation($id: ID!) { restoreArticle(id: $id) { id title status trashedAt } }";

	private static final String PURGE = "mutation($id: ID!) { purgeArticle(id: $id) }";

	private static final String TRASH = """
			query($first: Int, $after: String) { trashedArticles(first: $first, after: $after) {
			  totalCount pageInfo { hasNextPage endCursor } edges { node { id title status trashedAt trashedBy } } } }""";

	private void delete(String id) {
		this.editor.document(DELETE)
			.variable("id", id)
			.execute()
			.path("deleteArticle")
			.entity(String.class)
			.isEqualTo(id);
	}

	private List<String> trashTitles() {
		return this.editor.document(TRASH)
			.execute()
			.path("trashedArticles.edges[*].node.title")
			.entityList(String.class)
			.get();
	}

	private List<String> titles(HttpGraphQlTester tester, String listQuery) {
		return tester.document(listQuery).execute().path("articles.edges[*].node.title").entityList(String.class).get();
	}

	@Test
	void deletedArticleLeavesEveryReadAndAppearsOnlyInTheTrash() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		String id = createPublishedArticle(List
			.of(Map.of("locale", "fr", "title", "Article supprimé", "slug", "article-supprime", "body", "Texte")),
				List.of("maroc"));
		createPublishedArticle(List.of(translation("fr", "Article gardé", "Texte")), List.of("maroc"));
		delete(id);

		for (HttpGraphQlTester tester : List.of(this.anonymous, this.editor, this.admin)) {
			tester.document(
					"query($id: ID!) { byId: article(id: $id) { id } bySlug: article(slug: \"article-supprime\") { id } }")
				.variable("id", id)
				.execute()
				.path("byId")
				.valueIsNull()
				.path("bySlug")
				.valueIsNull();
			assertThat(titles(tester, "{ articles(locale: \"fr\") { edges { node { title } } } }"))
				.containsExactly("Article gardé");
			tester.document(
					"{ tag(slug: \"maroc\", locale: \"fr\") { articleCount articles { edges { node { title } } } } }")
				.execute()
				.path("tag.articleCount")
				.entity(Integer.class)
				.isEqualTo(1)
				.path("tag.articles.edges[*].node.title")
				.entityList(String.class)
				.containsExactly("Article gardé");
		}
		for (String status : List.of("DRAFT", "SCHEDULED", "ARCHIVED")) {
			assertThat(titles(this.editor,
					"{ articles(locale: \"fr\", status: " + status + ") { edges { node { title } } } }"))
				.isEmpty();
		}
		this.editor.document(TRASH)
			.execute()
			.path("trashedArticles.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("trashedArticles.edges[0].node.title")
			.entity(String.class)
			.isEqualTo("Article supprimé")
			.path("trashedArticles.edges[0].node.status")
			.entity(String.class)
			.isEqualTo("TRASHED")
			.path("trashedArticles.edges[0].node.trashedBy")
			.entity(String.class)
			.isEqualTo("test-editor");
		assertThat(this.mongo.count(new Query(), Article.class)).isEqualTo(2);
	}

	@Test
	void editorRestoresADeletedArticleInTheStatusItHad() {
		String published = createPublishedArticle(List.of(translation("fr", "De retour", "Texte")), List.of());
		String draft = createArticle(List.of(translation("fr", "Brouillon de retour", "Texte")), List.of());
		delete(published);
		delete(draft);

		this.editor.document(RESTORE)
			.variable("id", published)
			.execute()
			.path("restoreArticle.title")
			.entity(String.class)
			.isEqualTo("De retour")
			.path("restoreArticle.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED")
			.path("restoreArticle.trashedAt")
			.valueIsNull();
		this.editor.document(RESTORE)
			.variable("id", draft)
			.execute()
			.path("restoreArticle.status")
			.entity(String.class)
			.isEqualTo("DRAFT");

		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", published)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("De retour");
		assertThat(trashTitles()).isEmpty();
	}

	@Test
	void restoringOrPurgingAnArticleOutsideTheTrashIsNotFound() {
		String id = createPublishedArticle(List.of(translation("fr", "Pas à la corbeille", "Texte")), List.of());
		assertError(this.editor.document(RESTORE).variable("id", id).execute(), "NOT_FOUND");
		assertError(this.admin.document(PURGE).variable("id", id).execute(), "NOT_FOUND");
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", id)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Pas à la corbeille");
	}

	@Test
	void onlyAdminsPurgeAndAPurgedArticleIsGoneForGood() {
		String id = createPublishedArticle(List.of(translation("fr", "À purger", "Texte")), List.of());
		delete(id);
		assertError(this.anonymous.document(PURGE).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.editor.document(PURGE).variable("id", id).execute(), "FORBIDDEN");
		assertError(this.moderator.document(PURGE).variable("id", id).execute(), "FORBIDDEN");
		assertThat(trashTitles()).containsExactly("À purger");

		this.admin.document(PURGE).variable("id", id).execute().path("purgeArticle").entity(String.class).isEqualTo(id);
		assertThat(this.mongo.count(new Query(), Article.class)).isZero();
		assertThat(trashTitles()).isEmpty();
		assertError(this.editor.document(RESTORE).variable("id", id).execute(), "NOT_FOUND");
	}

	@Test
	void onlyEditorsAndAdminsDeleteRestoreAndListTheTrash() {
		String id = createPublishedArticle(List.of(translation("fr", "Protégé", "Texte")), List.of());
		for (String document : List.of(DELETE, RESTORE, TRASH)) {
			GraphQlTester.Request<?> anonymousRequest = this.anonymous.document(document);
			GraphQlTester.Request<?> moderatorRequest = this.moderator.document(document);
			if (document.contains("$id")) {
				anonymousRequest = anonymousRequest.variable("id", id);
				moderatorRequest = moderatorRequest.variable("id", id);
			}
			assertError(anonymousRequest.execute(), "UNAUTHENTICATED");
			assertError(moderatorRequest.execute(), "FORBIDDEN");
		}
		this.anonymous.document("query($id: ID!) { article(id: $id) { title } }")
			.variable("id", id)
			.execute()
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Protégé");
		this.admin.document(DELETE)
			.variable("id", id)
			.execute()
			.path("deleteArticle")
			.entity(String.class)
			.isEqualTo(id);
		this.admin.document(RESTORE)
			.variable("id", id)
			.execute()
			.path("restoreArticle.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
	}

	@Test
	void trashIsListedMostRecentlyTrashedFirstAndPaged() {
		String first = createArticle(List.of(translation("fr", "Premier supprimé", "Texte")), List.of());
		String second = createArticle(List.of(translation("ar", "الثاني", "نص")), List.of());
		String third = createPublishedArticle(List.of(translation("en", "Third deleted", "Text")), List.of());
		delete(first);
		this.clock.advance(Duration.ofMinutes(1));
		delete(second);
		this.clock.advance(Duration.ofMinutes(1));
		delete(third);

		assertThat(trashTitles()).containsExactly("Third deleted", "الثاني", "Premier supprimé");
		String end = this.editor.document(TRASH)
			.variable("first", 2)
			.execute()
			.path("trashedArticles.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("trashedArticles.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.editor.document(TRASH)
			.variable("first", 2)
			.variable("after", end)
			.execute()
			.path("trashedArticles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Premier supprimé")
			.path("trashedArticles.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void articleInTheTrashCannotBeChangedOrPreviewed() {
		String id = createArticle(List.of(translation("fr", "Figé", "Texte")), List.of());
		String token = this.editor.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
		delete(id);

		assertError(this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }")
			.variable("id", id)
			.execute(), "NOT_FOUND");
		assertError(this.editor.document("""
				mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 1,
				  translation: { locale: "fr", title: "Modifié" }) { id } }""").variable("id", id).execute(),
				"NOT_FOUND");
		assertError(this.editor.document(DELETE).variable("id", id).execute(), "NOT_FOUND");
		assertError(this.editor.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute(), "NOT_FOUND");
		assertError(this.anonymous.document("query($t: String!) { preview(token: $t) { title } }")
			.variable("t", token)
			.execute(), "FORBIDDEN");
		assertThat(trashTitles()).containsExactly("Figé");
	}

	@Test
	void listingTheTrashThroughArticlesStatusIsBadUserInput() {
		this.editor.document("{ articles(status: TRASHED) { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "status".equals(error.getExtensions().get("field"))));
	}

	@Test
	void deletedArticleKeepsItsSlugsReservedUntilPurged() {
		String id = createPublishedArticle(List.of(Map.of("locale", "fr", "title", "Occupé", "slug", "occupe")),
				List.of());
		delete(id);
		String create = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { slug } }";
		Map<String, Object> taker = Map.of("translations",
				List.of(Map.of("locale", "fr", "title", "Autre", "slug", "occupe")));
		assertError(this.editor.document(create).variable("input", taker).execute(), "CONFLICT");

		this.admin.document(PURGE).variable("id", id).execute().path("purgeArticle").entity(String.class).isEqualTo(id);
		this.editor.document(create)
			.variable("input", taker)
			.execute()
			.path("createArticle.slug")
			.entity(String.class)
			.isEqualTo("occupe");
	}

	@Test
	void deleteRestoreAndPurgeAreRevisionsAndAuditEntries() {
		String id = createPublishedArticle(List.of(translation("fr", "Historique", "Texte")), List.of());
		delete(id);
		this.editor.document(RESTORE)
			.variable("id", id)
			.execute()
			.path("restoreArticle.id")
			.entity(String.class)
			.isEqualTo(id);
		delete(id);
		this.editor.document("query($id: ID!) { article(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("article")
			.valueIsNull();
		this.admin.document(PURGE).variable("id", id).execute().path("purgeArticle").entity(String.class).isEqualTo(id);

		List<String> summaries = this.mongo
			.find(Query.query(org.springframework.data.mongodb.core.query.Criteria.where("articleId").is(id))
				.with(org.springframework.data.domain.Sort.by("version")), ArticleRevision.class)
			.stream()
			.map(revision -> revision.version() + " " + revision.summary() + " by " + revision.author())
			.toList();
		assertThat(summaries).containsExactly("0 created in fr by test-editor", "1 published by test-editor",
				"2 moved to the trash (was PUBLISHED) by test-editor",
				"3 restored from the trash as PUBLISHED by test-editor",
				"4 moved to the trash (was PUBLISHED) by test-editor",
				"5 purged from the trash with its comments by bootstrap");
		this.admin.document("query($id: ID!) { auditLog(articleId: $id) { edges { node { action actor } } } }")
			.variable("id", id)
			.execute()
			.path("auditLog.edges[*].node.action")
			.entityList(String.class)
			.containsExactly("article.purge", "article.trash", "article.restore-from-trash", "article.trash",
					"article.publish", "article.create");
	}

	@Test
	void cachedListsLoseADeletedArticleAndGetItBackWhenRestored() {
		String id = createPublishedArticle(List.of(translation("fr", "Va et vient", "Texte")), List.of());
		String headlines = "{ articles(locale: \"fr\") { edges { node { title } } } }";
		assertThat(post(headlines).getResponseBody()).contains("Va et vient");
		assertThat(post(headlines).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");

		delete(id);
		EntityExchangeResult<String> afterDelete = post(headlines);
		assertThat(afterDelete.getResponseBody()).doesNotContain("Va et vient");

		this.editor.document(RESTORE)
			.variable("id", id)
			.execute()
			.path("restoreArticle.id")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(post(headlines).getResponseBody()).contains("Va et vient");
	}

}
