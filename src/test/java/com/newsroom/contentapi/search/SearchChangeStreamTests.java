package com.newsroom.contentapi.search;

import java.util.List;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article written by another instance (here: straight to the shared store, past this
 * instance's events) reaches this instance's search index through the change stream. The
 * embedded store provides change streams when its oplog is on.
 */
@TestPropertySource(properties = "contentapi.embedded-mongo.oplog=true")
class SearchChangeStreamTests extends IntegrationTest {

	private int hits(String word) {
		return this.anonymous.document("query($q: String!) { search(query: $q) { totalCount } }")
			.variable("q", word)
			.execute()
			.path("search.totalCount")
			.entity(Integer.class)
			.get();
	}

	@Test
	void anArticleWrittenByAnotherInstanceIsFound() throws InterruptedException {
		String id = createPublishedArticle(List.of(translation("fr", "Port de Tanger", "Texte")), List.of());
		assertThat(hits("tanger")).isEqualTo(1);
		Document copy = this.mongo.getCollection("articles").find(new Document("_id", new ObjectId(id))).first();
		assertThat(copy).isNotNull();
		copy.put("_id", new ObjectId());
		copy.put("slugKeys", List.of("fr:port-de-tanger-med"));
		copy.get("translations", Document.class).get("fr", Document.class).put("title", "Port de Tanger Med");
		this.mongo.getCollection("articles").insertOne(copy);
		int found = hits("med");
		for (int attempt = 0; attempt < 50 && found == 0; attempt++) {
			Thread.sleep(100);
			found = hits("med");
		}
		assertThat(found).isEqualTo(1);
		assertThat(hits("tanger")).isEqualTo(2);
	}

}
