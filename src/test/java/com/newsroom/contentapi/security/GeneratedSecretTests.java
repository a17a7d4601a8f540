package com.newsroom.contentapi.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.newsroom.contentapi.ContentApiApplication;
import com.newsroom.contentapi.IntegrationTest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Without a configured secret, the service generates one on first start into a file next
 * to the embedded store's, readable by its user only, and uses it again after a restart;
 * keys that earlier versions kept in the {@code settings} collection are removed.
 */
class GeneratedSecretTests {

	@TempDir
	Path directory;

	private ConfigurableApplicationContext start(Path store) {
		// command-line arguments, because builder properties rank below
		// application.properties
		return new SpringApplicationBuilder(ContentApiApplication.class).run("--server.port=0",
				"--contentapi.embedded-mongo.path=" + store, "--contentapi.sample-content=false",
				"--contentapi.security.bootstrap-token=" + IntegrationTest.ADMIN_TOKEN);
	}

	private static HttpGraphQlTester tester(ConfigurableApplicationContext context, String token) {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/graphql")
			.responseTimeout(Duration.ofSeconds(30)) // the first requests of a cold
														// service
			.build();
		HttpGraphQlTester anonymous = HttpGraphQlTester.create(client);
		return (token != null) ? anonymous.mutate().header("Authorization", "Bearer " + token).build() : anonymous;
	}

	private static String previewLinkToNewDraft(ConfigurableApplicationContext context, String title) {
		HttpGraphQlTester admin = tester(context, IntegrationTest.ADMIN_TOKEN);
		String id = admin.document("mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }")
			.variable("input",
					Map.of("translations", List.of(Map.of("locale", "fr", "title", title, "body", "Texte")), "tags",
							List.of()))
			.execute()
			.path("createArticle.id")
			.entity(String.class)
			.get();
		return admin.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
	}

	@Test
	void theGeneratedSecretIsKeptInAnOwnerOnlyFileAndPreviewLinksSurviveARestart() throws Exception {
		assumeTrue(this.directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
		Path store = this.directory.resolve("data/content.mv");
		Path secrets = this.directory.resolve("data/secrets.properties");
		String token;
		try (ConfigurableApplicationContext first = start(store)) {
			token = previewLinkToNewDraft(first, "Avant le redémarrage");
			assertThat(first.getBean(MongoTemplate.class).findAll(Document.class, "settings")).isEmpty();
		}
		assertThat(secrets).exists();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets))).isEqualTo("rw-------");
		assertThat(Files.readString(secrets)).containsPattern("(?m)^secret=[A-Za-z0-9_-]{43}$");

		try (ConfigurableApplicationContext second = start(store)) {
			tester(second, null).document("query($t: String!) { preview(token: $t) { title status } }")
				.variable("t", token)
				.execute()
				.path("preview.title")
				.entity(String.class)
				.isEqualTo("Avant le redémarrage");
		}
	}

	@Test
	void keysThatEarlierVersionsKeptInTheDatabaseAreRemovedAtStart() {
		Path store = this.directory.resolve("data/content.mv");
		try (ConfigurableApplicationContext first = start(store)) {
			MongoTemplate mongo = first.getBean(MongoTemplate.class);
			// as an earlier version left them (save: replaces what this version may have
			// put there)
			mongo.save(new Document("_id", "preview-secret").append("value", "bGVha2VkIGtleQ"), "settings");
			mongo.save(new Document("_id", "comment-challenge-secret").append("value", "bGVha2VkIGtleQ"), "settings");
			mongo.save(new Document("_id", "feature-flags").append("value", "kept"), "settings");
		}
		try (ConfigurableApplicationContext second = start(store)) {
			assertThat(second.getBean(MongoTemplate.class).find(new Query(), Document.class, "settings"))
				.extracting(document -> document.get("_id"))
				.containsExactly("feature-flags");
		}
	}

}
