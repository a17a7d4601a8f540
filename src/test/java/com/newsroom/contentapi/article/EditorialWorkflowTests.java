package com.newsroom.contentapi.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Status transitions, scheduling with a controllable clock, archive, preview links and
 * slug history.
 */
class EditorialWorkflowTests extends IntegrationTest {

	@Autowired
	ArticlePublishing articles;

	@Autowired
	ArticleReader reader;

	private String status(HttpGraphQlTester tester, String id) {
		return tester.document("query($id: ID!) { article(id: $id) { status } }")
			.variable("id", id)
			.execute()
			.path("article.status")
			.entity(String.class)
			.get();
	}

	private List<String> publicList() {
		return this.anonymous.document("{ articles(locale: \"fr\") { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.get();
	}

	@Test
	void futurePublicationSchedulesAndReadersSeeItFromThatMomentWithoutTheScheduler() {
		String id = createArticle(List.of(translation("fr", "Résultats des élections", "Texte")), List.of());
		String at = this.clock.instant().plus(Duration.ofHours(1)).toString();
		this.editor
			.document("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { status publishedAt } }")
			.variable("id", id)
			.variable("at", at)
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("SCHEDULED");
		assertThat(publicList()).doesNotContain(id);
		this.anonymous.document("query($id: ID!) { article(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("article")
			.valueIsNull();
		this.editor.document("{ articles(locale: \"fr\", status: SCHEDULED) { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(id);

		this.clock.advance(Duration.ofMinutes(61));
		assertThat(publicList()).contains(id);
		assertThat(status(this.anonymous, id)).isEqualTo("PUBLISHED");
		this.editor.document("{ articles(locale: \"fr\", status: SCHEDULED) { edges { node { id } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(0);

		assertThat(this.articles.publishDue()).isEqualTo(1);
		Article stored = this.reader.anyById(id).orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(stored.getPublishedAt()).isEqualTo(Instant.parse(at));
		assertThat(stored.getUpdatedBy()).isEqualTo("scheduler");
		assertThat(this.articles.publishDue()).isZero();
	}

	@Test
	void publicationTimeInThePastPublishesNow() {
		String id = createArticle(List.of(translation("fr", "Tout de suite", "Texte")), List.of());
		this.editor.document(
				"mutation($id: ID!) { publishArticle(id: $id, at: \"2001-01-01T00:00:00Z\") { status publishedAt } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED")
			.path("publishArticle.publishedAt")
			.entity(String.class)
			.satisfies(
					published -> assertThat(Instant.parse(published)).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
		assertThat(publicList()).contains(id);
	}

	@Test
	void archivedArticlesLeavePublicListsButEditorsStillReadThem() {
		String id = createPublishedArticle(List.of(translation("fr", "Vieille nouvelle", "Texte")), List.of());
		this.editor.document("mutation($id: ID!) { archiveArticle(id: $id) { status } }")
			.variable("id", id)
			.execute()
			.path("archiveArticle.status")
			.entity(String.class)
			.isEqualTo("ARCHIVED");
		assertThat(publicList()).doesNotContain(id);
		assertThat(status(this.editor, id)).isEqualTo("ARCHIVED");
		this.editor.document("{ articles(locale: \"fr\", status: ARCHIVED) { edges { node { id } } } }")
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(id);
		this.anonymous.document("query($id: ID!) { article(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("article")
			.valueIsNull();
	}

	@Test
	void onlyEditorsAndAdminsChangeStatus() {
		String id = createArticle(List.of(translation("fr", "Statuts", "Texte")), List.of());
		for (String mutation : List.of("publishArticle(id: $id) { id }", "archiveArticle(id: $id) { id }",
				"unpublishArticle(id: $id) { id }")) {
			assertError(this.anonymous.document("mutation($id: ID!) { " + mutation + " }").variable("id", id).execute(),
					"UNAUTHENTICATED");
			assertError(this.moderator.document("mutation($id: ID!) { " + mutation + " }").variable("id", id).execute(),
					"FORBIDDEN");
		}
		this.admin.document("mutation($id: ID!) { publishArticle(id: $id) { status } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("PUBLISHED");
		this.editor.document("mutation($id: ID!) { unpublishArticle(id: $id) { status } }")
			.variable("id", id)
			.execute()
			.path("unpublishArticle.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
	}

	@Test
	void previewLinkShowsOneDraftWithoutATokenUntilItExpires() {
		String id = createArticle(
				List.of(translation("fr", "Brouillon à relire", "Texte"), translation("ar", "مسودة", "نص")), List.of());
		String token = this.editor.document(
				"""
						mutation($id: ID!) { createPreviewLink(articleId: $id, locale: "ar", expiresIn: 600) { token locale expiresAt } }""")
			.variable("id", id)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
		this.anonymous.document("query($t: String!) { preview(token: $t) { id title locale status } }")
			.variable("t", token)
			.execute()
			.path("preview.title")
			.entity(String.class)
			.isEqualTo("مسودة")
			.path("preview.status")
			.entity(String.class)
			.isEqualTo("DRAFT");
		this.anonymous.document("query($id: ID!) { article(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("article")
			.valueIsNull();

		String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
		assertError(this.anonymous.document("query($t: String!) { preview(token: $t) { id } }")
			.variable("t", tampered)
			.execute(), "FORBIDDEN");
		String[] parts = token.split("\\.");
		String otherArticle = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace(id,
				"6b0bd5e64aaecbb64cef0000");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(otherArticle.getBytes()) + "."
				+ parts[2];
		assertError(this.anonymous.document("query($t: String!) { preview(token: $t) { id } }")
			.variable("t", forged)
			.execute(), "FORBIDDEN");

		this.clock.advance(Duration.ofMinutes(11));
		this.anonymous.document("query($t: String!) { preview(token: $t) { id } }")
			.variable("t", token)
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN", error -> error.getMessage().contains("expired")));
	}

	private String previewLink(String articleId) {
		return this.editor
			.document("mutation($id: ID!) { createPreviewLink(articleId: $id, expiresIn: 3600) { token } }")
			.variable("id", articleId)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response preview(String token) {
		return this.anonymous.document("query($t: String!) { preview(token: $t) { id title } }")
			.variable("t", token)
			.execute();
	}

	@Test
	void revokedPreviewLinksAreForbiddenBeforeTheyExpireWhileNewOnesWork() {
		String id = createArticle(List.of(translation("fr", "Brouillon confidentiel", "Texte")), List.of());
		String other = createArticle(List.of(translation("fr", "Autre brouillon", "Texte")), List.of());
		String first = previewLink(id);
		String second = previewLink(id);
		String otherArticle = previewLink(other);
		this.editor.document("mutation($id: ID!) { revokePreviewLinks(articleId: $id) }")
			.variable("id", id)
			.execute()
			.path("revokePreviewLinks")
			.entity(Boolean.class)
			.isEqualTo(true);

		for (String revoked : List.of(first, second)) {
			preview(revoked).errors().satisfy(hasError("FORBIDDEN", error -> error.getMessage().contains("revoked")));
		}
		preview(otherArticle).path("preview.title").entity(String.class).isEqualTo("Autre brouillon");
		preview(previewLink(id)).path("preview.title").entity(String.class).isEqualTo("Brouillon confidentiel");
	}

	@Test
	void onlyEditorsRevokePreviewLinks() {
		String id = createArticle(List.of(translation("fr", "Secret", "Texte")), List.of());
		String token = previewLink(id);
		String revoke = "mutation($id: ID!) { revokePreviewLinks(articleId: $id) }";
		assertError(this.anonymous.document(revoke).variable("id", id).execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document(revoke).variable("id", id).execute(), "FORBIDDEN");
		preview(token).path("preview.title").entity(String.class).isEqualTo("Secret");
		assertError(this.editor.document(revoke).variable("id", "6b0bd5e64aaecbb64cef0000").execute(), "NOT_FOUND");
	}

	@Test
	void onlyEditorsCreatePreviewLinks() {
		String id = createArticle(List.of(translation("fr", "Secret", "Texte")), List.of());
		assertError(this.anonymous.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute(), "UNAUTHENTICATED");
		assertError(this.moderator.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute(), "FORBIDDEN");
		this.editor.document("mutation($id: ID!) { createPreviewLink(articleId: $id, expiresIn: 99999999) { token } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "expiresIn".equals(error.getExtensions().get("field"))));
	}

	@Test
	void oldSlugsKeepResolvingWithARedirectAndStayReservedUntilReleased() {
		String id = createPublishedArticle(
				List.of(Map.of("locale", "fr", "title", "Premier titre", "slug", "premier-titre")), List.of());
		this.editor.document(
				"""
						mutation($id: ID!) { putTranslation(articleId: $id, expectedVersion: 1,
						  translation: { locale: "fr", title: "Titre corrigé", slug: "titre-corrige" }) { slug retiredSlugs } }""")
			.variable("id", id)
			.execute()
			.path("putTranslation.slug")
			.entity(String.class)
			.isEqualTo("titre-corrige")
			.path("putTranslation.retiredSlugs")
			.entityList(String.class)
			.containsExactly("fr:premier-titre");

		this.anonymous
			.document("{ article(slug: \"premier-titre\", locale: \"fr\") { id title canonicalSlug slugRedirect } }")
			.execute()
			.path("article.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("article.title")
			.entity(String.class)
			.isEqualTo("Titre corrigé")
			.path("article.canonicalSlug")
			.entity(String.class)
			.isEqualTo("titre-corrige")
			.path("article.slugRedirect")
			.entity(String.class)
			.isEqualTo("titre-corrige");
		this.anonymous.document("{ article(slug: \"titre-corrige\", locale: \"fr\") { slugRedirect } }")
			.execute()
			.path("article.slugRedirect")
			.valueIsNull();

		Map<String, Object> taker = Map.of("translations",
				List.of(Map.of("locale", "fr", "title", "Usurpateur", "slug", "premier-titre")));
		String create = "mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug } }";
		assertError(this.editor.document(create).variable("input", taker).execute(), "CONFLICT");

		this.editor.document(
				"""
						mutation($id: ID!) { releaseSlug(articleId: $id, locale: "fr", slug: "premier-titre") { retiredSlugs } }""")
			.variable("id", id)
			.execute()
			.path("releaseSlug.retiredSlugs")
			.entityList(String.class)
			.hasSize(0);
		this.editor.document(create)
			.variable("input", taker)
			.execute()
			.path("createArticle.slug")
			.entity(String.class)
			.isEqualTo("premier-titre");
	}

}
