package com.newsroom.contentapi.site;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's settings and interface labels over HTTP: labels through the reader's chain
 * key by key (the reference page's French interface under an Arabic article), settings
 * through the chain, changes that purge cached responses and reach the audit log, and the
 * admins-only mutations.
 */
class SiteTests extends IntegrationTest {

	private static final String SET_LABELS = """
			mutation($locale: Locale!, $labels: [LabelInput!]!) { setLabels(locale: $locale, labels: $labels) { key value } }""";

	private static final String UPDATE_SITE = "mutation($input: UpdateSiteInput!) { updateSite(input: $input) { name } }";

	@BeforeEach
	void removeTheSite() {
		for (String collection : List.of("site", "site_labels", "site_menus")) {
			this.mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
		}
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.everything());
	}

	private void setLabels(String locale, Map<String, String> labels) {
		this.admin.document(SET_LABELS)
			.variable("locale", locale)
			.variable("labels",
					labels.entrySet().stream().map(e -> Map.of("key", e.getKey(), "value", e.getValue())).toList())
			.execute()
			.errors()
			.verify();
	}

	@Test
	void anArabicReaderGetsEachFrenchLabelNoArabicOneReplaces() {
		setLabels("fr", Map.of("share", "Partager", "postComment", "Poster un Commentaire", "commentNotice",
				"Ce site utilise Akismet pour réduire les indésirables."));
		setLabels("ar", Map.of("share", "مشاركة"));
		GraphQlTester.Response arabic = this.anonymous.document(
				"""
						{ site(locale: "ar-MA") { labels(keys: ["share", "postComment", "nothing"]) { key value locale direction } } }""")
			.execute();
		arabic.path("site.labels[*].key").entityList(String.class).containsExactly("share", "postComment");
		arabic.path("site.labels[0].value").entity(String.class).isEqualTo("مشاركة");
		arabic.path("site.labels[0].direction").entity(String.class).isEqualTo("RTL");
		arabic.path("site.labels[1].value").entity(String.class).isEqualTo("Poster un Commentaire");
		arabic.path("site.labels[1].locale").entity(String.class).isEqualTo("fr");
		arabic.path("site.labels[1].direction").entity(String.class).isEqualTo("LTR");
		this.anonymous.document("{ site(locale: \"fr\") { labels { key } } }")
			.execute()
			.path("site.labels[*].key")
			.entityList(String.class)
			.contains("share", "postComment", "commentNotice")
			.hasSize(3);

		setLabels("ar", Map.of("share", ""));
		this.anonymous.document("{ site(locale: \"ar\") { labels(keys: [\"share\"]) { value } } }")
			.execute()
			.path("site.labels[0].value")
			.entity(String.class)
			// an empty value removed the Arabic label: the French one again
			.isEqualTo("Partager");
	}

	@Test
	void settingsFollowTheChainAndAChangePurgesCachedResponses() {
		this.admin.document(UPDATE_SITE)
			.variable("input",
					Map.of("names",
							List.of(Map.of("locale", "fr", "name", "Le Journal", "tagline", "L'actualité du Maroc"),
									Map.of("locale", "ar", "name", "الجريدة")),
							"publisherName", "Presse du Maroc SA", "email", "redaction@example.ma", "socialProfiles",
							List.of(Map.of("kind", "x", "url", "https://x.com/lejournal"))))
			.execute()
			.path("updateSite.name")
			.entity(String.class)
			.isEqualTo("Le Journal");
		String query = "{ site(locale: \"ar\") { name tagline direction publisherName contact { email } socialProfiles { url } } }";
		EntityExchangeResult<String> first = post(query);
		assertThat(first.getResponseBody()).contains("\"name\":\"الجريدة\"", "\"direction\":\"RTL\"",
				"\"tagline\":\"L'actualité du Maroc\"", "redaction@example.ma", "https://x.com/lejournal");
		assertThat(post(query).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");

		this.admin.document(UPDATE_SITE)
			.variable("input", Map.of("names", List.of(Map.of("locale", "ar", "name", "الجريدة الجديدة"))))
			.execute()
			.path("updateSite.name")
			.entity(String.class)
			.isEqualTo("الجريدة الجديدة");
		EntityExchangeResult<String> after = post(query);
		assertThat(after.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		assertThat(after.getResponseBody()).contains("الجريدة الجديدة").contains("Presse du Maroc SA");

		setLabels("fr", Map.of("readMore", "Lire la suite"));
		String labels = "{ site(locale: \"fr\") { labels(keys: [\"readMore\"]) { value } } }";
		post(labels);
		assertThat(post(labels).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		setLabels("fr", Map.of("readMore", "Lire l'article"));
		assertThat(post(labels).getResponseBody()).contains("Lire l'article");
	}

	@Test
	void onlyAdminsChangeTheSite() {
		Map<String, Object> input = Map.of("publisherName", "X");
		this.anonymous.document(UPDATE_SITE)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(hasError("UNAUTHENTICATED"));
		this.editor.document(UPDATE_SITE).variable("input", input).execute().errors().satisfy(hasError("FORBIDDEN"));
		this.moderator.document(UPDATE_SITE).variable("input", input).execute().errors().satisfy(hasError("FORBIDDEN"));
		this.editor.document(SET_LABELS)
			.variable("locale", "fr")
			.variable("labels", List.of(Map.of("key", "share", "value", "Piraté")))
			.execute()
			.errors()
			.satisfy(hasError("FORBIDDEN"));
		this.admin.document(UPDATE_SITE)
			.variable("input", Map.of("logo", "0123456789abcdef01234567"))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> error.getMessage().contains("input.logo")));
		this.admin.document(UPDATE_SITE)
			.variable("input", Map.of("socialProfiles", List.of(Map.of("kind", "x", "url", "javascript:alert(1)"))))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.admin.document(SET_LABELS)
			.variable("locale", "de")
			.variable("labels", List.of(Map.of("key", "share", "value", "Teilen")))
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
		this.anonymous.document("{ site { name publisherName labels { key } } }")
			.execute()
			.path("site.publisherName")
			.valueIsNull();
	}

	@Test
	void changesAreRecordedInTheAuditLogWithOldAndNewValues() {
		setLabels("fr", Map.of("share", "Partager"));
		setLabels("fr", Map.of("share", "Partagez"));
		this.admin.document("{ auditLog(first: 5) { edges { node { action targetType targetId summary } } } }")
			.execute()
			.path("auditLog.edges[0].node.summary")
			.entity(String.class)
			.isEqualTo("share: 'Partager' → 'Partagez'")
			.path("auditLog.edges[0].node.action")
			.entity(String.class)
			.isEqualTo("site.labels")
			.path("auditLog.edges[0].node.targetType")
			.entity(String.class)
			.isEqualTo("SITE");
	}

}
