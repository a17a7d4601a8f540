package com.newsroom.contentapi.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article never exists without the revision of its version: when the service stopped
 * between the two writes (simulated here by removing the revision), the start-up step
 * records it from the article, which carries the revision's id and summary in its own
 * write.
 */
class RevisionRepairTests extends IntegrationTest {

	@Autowired
	private ArticleRevisions revisions;

	@Test
	void aRevisionLostToAStopIsRecordedAtTheNextStart() {
		String id = createArticle(List.of(Map.of("locale", "fr", "title", "Avant l'arrêt", "body", "Texte")),
				List.of());
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }").variable("id", id).execute();
		Query latest = Query.query(Criteria.where("articleId").is(id).and("version").is(1));
		assertThat(this.mongo.remove(latest, "article_revisions").getDeletedCount()).isEqualTo(1);

		assertThat(this.revisions.recordMissing()).isEqualTo(1);

		this.editor.document(
				"query($id: ID!) { article(id: $id) { version revisions { totalCount edges { node { version summary } } } } }")
			.variable("id", id)
			.execute()
			.path("article.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("article.revisions.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("article.revisions.edges[0].node.version")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("article.revisions.edges[0].node.summary")
			.entity(String.class)
			.satisfies(summary -> assertThat(summary).startsWith("published"));
		assertThat(this.revisions.recordMissing()).as("nothing left to record").isZero();
	}

}
