package com.newsroom.contentapi.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;
import com.newsroom.contentapi.article.Article;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write by another instance (here: straight to MongoDB, past this instance's events)
 * reaches the response cache and the tag cache through a change stream. The embedded
 * store provides change streams when its oplog is on.
 */
@TestPropertySource(properties = "contentapi.embedded-mongo.oplog=true")
class ChangeStreamTests extends IntegrationTest {

	private static final String HEADLINES = "{ articles(locale: \"fr\") { edges { node { title } } } }";

	private String headlines() {
		return post(HEADLINES).getResponseBody();
	}

	@Test
	void anotherInstancesWriteInvalidatesTheCachedResponse() throws InterruptedException {
		String id = createPublishedArticle(List.of(translation("fr", "Titre d'ici", "Texte")), List.of());
		assertThat(headlines()).contains("Titre d'ici");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				Update.update("translations.fr.title", "Titre d'ailleurs"), Article.class);
		String body = headlines();
		for (int attempt = 0; attempt < 50 && !body.contains("ailleurs"); attempt++) {
			Thread.sleep(100);
			body = headlines();
		}
		assertThat(body).contains("Titre d'ailleurs");
	}

	@Test
	void anotherInstancesTagRenameReachesTheTagCache() throws InterruptedException {
		String tagId = createTag("culture", "ثقافة", "Culture", "Culture");
		createPublishedArticle(List.of(translation("fr", "Expo", "Texte")), List.of("culture"));
		// editors' responses are never cached, so this reads the tags through the tag
		// cache
		String query = "{ articles(locale: \"fr\") { edges { node { tags { name } } } } }";
		assertThat(this.editor.document(query)
			.execute()
			.path("articles.edges[0].node.tags[0].name")
			.entity(String.class)
			.get()).isEqualTo("Culture");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(tagId)), Update.update("names.fr", "Arts"), "tags");
		String name = "Culture";
		for (int attempt = 0; attempt < 50 && name.equals("Culture"); attempt++) {
			Thread.sleep(100);
			name = this.editor.document(query)
				.execute()
				.path("articles.edges[0].node.tags[0].name")
				.entity(String.class)
				.get();
		}
		assertThat(name).as("well before the tag cache's TTL").isEqualTo("Arts");
	}

}
