package com.newsroom.contentapi.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.newsroom.contentapi.ContentApiApplication;
import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticlePublishing;
import com.newsroom.contentapi.article.ArticleService;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store keeps its data in a file across restarts (closed cleanly on
 * shutdown), scheduled publications included, and the sample content is loaded once, into
 * an empty database only.
 */
class EmbeddedStorePersistenceTests {

	@TempDir
	Path directory;

	private ConfigurableApplicationContext start(Path file) {
		// command-line arguments, because builder properties rank below
		// application.properties
		return new SpringApplicationBuilder(ContentApiApplication.class).run("--server.port=0",
				"--contentapi.embedded-mongo.path=" + file, "--contentapi.sample-content=true");
	}

	@Test
	void sampleContentIsLoadedOnceAndEverythingSurvivesARestart() {
		Path file = this.directory.resolve("store/content.mv");
		try (ConfigurableApplicationContext first = start(file)) {
			MongoTemplate mongo = first.getBean(MongoTemplate.class);
			assertThat(mongo.count(new Query(), "articles")).isEqualTo(5);
			assertThat(mongo.count(new Query(), "tags")).isEqualTo(4);
			// the reference page: an Arabic reader of a French interface
			var chain = first.getBean(com.newsroom.contentapi.locale.LocaleCatalog.class)
				.chain(List.of(java.util.Locale.forLanguageTag("ar-MA")));
			assertThat(first.getBean(com.newsroom.contentapi.site.SiteService.class)
				.labels(chain, List.of("share", "postComment"))).extracting(label -> label.value())
				.containsExactly("مشاركة", "Poster un Commentaire");
			mongo.insert(new Document("title", "acknowledged before shutdown"), "probe");
			ArticleService articles = first.getBean(ArticleService.class);
			Caller editor = new Caller("editor", Role.EDITOR);
			String draft = articles
				.create(new CreateArticleInput(
						List.of(new TranslationInput(java.util.Locale.FRENCH, "Programmé", null, null, "Texte", null)),
						List.of(), List.of(), null, null, true), editor)
				.getId();
			first.getBean(ArticlePublishing.class).publish(draft, Instant.parse("2100-01-01T08:00:00Z"), editor);
		}
		assertThat(Files.exists(file)).isTrue();

		try (ConfigurableApplicationContext second = start(file)) {
			MongoTemplate mongo = second.getBean(MongoTemplate.class);
			assertThat(mongo.count(new Query(), "articles"))
				.as("5 sample articles and the scheduled one, no second sample load")
				.isEqualTo(6);
			assertThat(mongo.findOne(Query.query(Criteria.where("title").is("acknowledged before shutdown")),
					Document.class, "probe"))
				.isNotNull();
			List<Document> arabic = mongo.find(Query.query(Criteria.where("locales").is("ar")), Document.class,
					"articles");
			assertThat(arabic).hasSize(2);
			Document scheduled = mongo.findOne(Query.query(Criteria.where("status").is("SCHEDULED")), Document.class,
					"articles");
			assertThat(scheduled).isNotNull();
			assertThat(scheduled.getDate("publishedAt").toInstant()).isEqualTo(Instant.parse("2100-01-01T08:00:00Z"));
			// the newest-first order of the list index is built again from the file
			Query newestFirst = new Query().with(Sort.by(Sort.Direction.DESC, "publishedAt", "_id")).limit(3);
			assertThat(mongo.find(newestFirst, Document.class, "articles")).hasSize(3)
				.first()
				.satisfies(newest -> assertThat(newest.get("_id")).isEqualTo(scheduled.get("_id")));
		}
	}

}
