package com.newsroom.contentapi.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revision history, restore, diffs, the audit log, and no lost updates under parallel
 * writers.
 */
class RevisionTests extends IntegrationTest {

	private static final String HISTORY = """
			query($id: ID!) { article(id: $id) { version revisions { totalCount edges { node {
			  id version author summary content { status commentsOpen translations { locale title slug body } } } } } } }""";

	private String articleWithHistory() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		String id = createArticle(List.of(translation("fr", "Version un", "Texte un")), List.of());
		this.editor.document("""
				mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 0,
				  translation: { locale: "fr", title: "Version deux", body: "Texte deux" }) { version } }""")
			.variable("id", id)
			.execute()
			.path("putTranslation.version")
			.entity(Integer.class)
			.isEqualTo(1);
		this.admin.document(
				"""
						mutation($id: ID!) { updateArticle(id: $id, expectedVersion: 1, input: { tags: ["maroc"], commentsOpen: false }) { version } }""")
			.variable("id", id)
			.execute()
			.path("updateArticle.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { version } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.version")
			.entity(Integer.class)
			.isEqualTo(3);
		return id;
	}

	@Test
	void everyChangeStoresARevisionWithAuthorAndSummary() {
		String id = articleWithHistory();
		this.editor.document(HISTORY)
			.variable("id", id)
			.execute()
			.path("article.revisions.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("article.revisions.edges[*].node.version")
			.entityList(Integer.class)
			.containsExactly(3, 2, 1, 0)
			.path("article.revisions.edges[*].node.author")
			.entityList(String.class)
			.containsExactly("test-editor", "bootstrap", "test-editor", "test-editor")
			.path("article.revisions.edges[*].node.summary")
			.entityList(String.class)
			.containsExactly("published", "updated tags, comments closed", "translation fr written", "created in fr")
			.path("article.revisions.edges[3].node.content.translations[0].title")
			.entity(String.class)
			.isEqualTo("Version un")
			.path("article.revisions.edges[0].node.content.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
	}

	@Test
	void historyIsForEditorsOnly() {
		String id = createPublishedArticle(List.of(translation("fr", "Public", "Texte")), List.of());
		assertError(this.anonymous.document(HISTORY).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(HISTORY).variable("id", id).execute(), "FORBIDDEN");
	}

	@Test
	void restoringARevisionAppendsANewOne() {
		String id = articleWithHistory();
		String first = this.editor.document(HISTORY)
			.variable("id", id)
			.execute()
			.path("article.revisions.edges[3].node.id")
			.entity(String.class)
			.get();
		this.editor.document("""
				mutation($id: ID!, $rev: ID!) { restoreRevision(articleId: $id, revisionId: $rev, expectedVersion: 3) {
				  title version status commentsOpen tags { slug } body { text } } }""")
			.variable("id", id)
			.variable("rev", first)
			.execute()
			.path("restoreRevision.title")
			.entity(String.class)
			.isEqualTo("Version un")
			.path("restoreRevision.body.text")
			.entity(String.class)
			.isEqualTo("Texte un")
			.path("restoreRevision.version")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("restoreRevision.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED")
			.path("restoreRevision.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("restoreRevision.tags")
			.entityList(Object.class)
			.hasSize(0);
		this.editor.document(HISTORY)
			.variable("id", id)
			.execute()
			.path("article.revisions.totalCount")
			.entity(Integer.class)
			.isEqualTo(5)
			.path("article.revisions.edges[0].node.summary")
			.entity(String.class)
			.isEqualTo("restored revision 0")
			.path("article.revisions.edges[4].node.content.translations[0].title")
			.entity(String.class)
			.isEqualTo("Version un");
		// the article is found by the restored slug, and the slug it had is retired
		this.anonymous.document("{ article(slug: \"version-deux\", locale: \"fr\") { slugRedirect } }")
			.execute()
			.path("article.slugRedirect")
			.entity(String.class)
			.isEqualTo("version-un");
	}

	@Test
	void restoreWithAStaleVersionIsAConflict() {
		String id = articleWithHistory();
		String first = this.editor.document(HISTORY)
			.variable("id", id)
			.execute()
			.path("article.revisions.edges[3].node.id")
			.entity(String.class)
			.get();
		this.editor.document(
				"""
						mutation($id: ID!, $rev: ID!) { restoreRevision(articleId: $id, revisionId: $rev, expectedVersion: 1) { id } }""")
			.variable("id", id)
			.variable("rev", first)
			.execute()
			.errors()
			.satisfy(hasError("CONFLICT",
					error -> Integer.valueOf(3).equals(error.getExtensions().get("currentVersion"))));
	}

	@Test
	void comparingTwoRevisionsListsTheChangedFields() {
		String id = articleWithHistory();
		var history = this.editor.document(HISTORY).variable("id", id).execute();
		String first = history.path("article.revisions.edges[3].node.id").entity(String.class).get();
		String last = history.path("article.revisions.edges[0].node.id").entity(String.class).get();
		this.editor.document("""
				query($a: ID!, $b: ID!) { compareRevisions(a: $a, b: $b) { from { version } to { version }
				  changes { field before after } } }""")
			.variable("a", first)
			.variable("b", last)
			.execute()
			.path("compareRevisions.from.version")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("compareRevisions.changes[*].field")
			.entityList(String.class)
			.containsExactly("translations.fr.title", "translations.fr.slug", "translations.fr.excerpt",
					"translations.fr.body", "tags", "status", "publishedAt", "commentsOpen")
			.path("compareRevisions.changes[0].before")
			.entity(String.class)
			.isEqualTo("Version un")
			.path("compareRevisions.changes[0].after")
			.entity(String.class)
			.isEqualTo("Version deux")
			.path("compareRevisions.changes[5].after")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
	}

	@Test
	void parallelWritersNeverLoseAnUpdate() throws Exception {
		String id = createArticle(List.of(translation("fr", "Disputé", "Texte")), List.of());
		int writers = 8;
		int attemptsEach = 6;
		List<Callable<List<Integer>>> tasks = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			tasks.add(() -> {
				List<Integer> won = new ArrayList<>();
				for (int attempt = 0; attempt < attemptsEach; attempt++) {
					int version = this.editor.document("query($id: ID!) { article(id: $id) { version } }")
						.variable("id", id)
						.execute()
						.path("article.version")
						.entity(Integer.class)
						.get();
					GraphQlTester.Response response = this.editor.document("""
							mutation($id: ID!, $v: Int!, $t: TranslationInput!) {
							  putTranslation(articleId: $id, expectedVersion: $v, translation: $t) { version } }""")
						.variable("id", id)
						.variable("v", version)
						.variable("t",
								Map.of("locale", "fr", "title", "Disputé", "body",
										"écrit par " + writer + "/" + attempt))
						.execute();
					List<ResponseError> errors = new ArrayList<>();
					response.errors().satisfy(errors::addAll);
					if (errors.isEmpty()) {
						won.add(response.path("putTranslation.version").entity(Integer.class).get());
					}
					else {
						assertThat(errors)
							.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "CONFLICT"));
					}
				}
				return won;
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Integer> versionsWon = new ArrayList<>();
		try {
			for (Future<List<Integer>> result : pool.invokeAll(tasks)) {
				versionsWon.addAll(result.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		Set<Integer> distinct = new HashSet<>(versionsWon);
		assertThat(distinct).as("exactly one write per version").hasSameSizeAs(versionsWon);
		assertThat(versionsWon).isNotEmpty();
		int finalVersion = this.editor.document("query($id: ID!) { article(id: $id) { version } }")
			.variable("id", id)
			.execute()
			.path("article.version")
			.entity(Integer.class)
			.get();
		assertThat(finalVersion).isEqualTo(versionsWon.size());
		long revisions = this.mongo.count(Query.query(Criteria.where("articleId").is(id)), ArticleRevision.class);
		assertThat(revisions).isEqualTo(versionsWon.size() + 1);
	}

	@Test
	void auditLogRecordsWhoDidWhat() {
		String id = articleWithHistory();
		String tokenId = this.admin.document("mutation { createApiToken(name: \"audited\", role: EDITOR) { id } }")
			.execute()
			.path("createApiToken.id")
			.entity(String.class)
			.get();
		this.admin.document("mutation($id: ID!) { revokeApiToken(id: $id) }")
			.variable("id", tokenId)
			.execute()
			.path("revokeApiToken")
			.entity(String.class)
			.isEqualTo(tokenId);
		this.admin.document("{ auditLog(first: 2) { edges { node { action actor targetType targetId summary } } } }")
			.execute()
			.path("auditLog.edges[*].node.action")
			.entityList(String.class)
			.containsExactly("token.revoke", "token.create")
			.path("auditLog.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo("bootstrap")
			.path("auditLog.edges[0].node.targetId")
			.entity(String.class)
			.isEqualTo(tokenId);
		this.admin.document(
				"query($id: ID!) { auditLog(articleId: $id) { totalCount edges { node { action actor summary } } } }")
			.variable("id", id)
			.execute()
			.path("auditLog.totalCount")
			.entity(Integer.class)
			.isEqualTo(4)
			.path("auditLog.edges[*].node.action")
			.entityList(String.class)
			.containsExactly("article.publish", "article.update", "article.put-translation", "article.create")
			.path("auditLog.edges[1].node.actor")
			.entity(String.class)
			.isEqualTo("bootstrap");
		assertError(this.editor.document("{ auditLog { totalCount } }").execute(), "FORBIDDEN");
		assertError(this.anonymous.document("{ auditLog { totalCount } }").execute(), "UNAUTHENTICATED");
	}

}
