package com.newsroom.contentapi.comment;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up step that rewrites comments stored by the older renderer, run on documents
 * stored as it stored them.
 */
class CommentRerenderingTests extends CommentTestSupport {

	private static final String SCRIPT_LINK = CommentRenderingTests.SCRIPT_LINK;

	private static final String OLD_UNSAFE_HTML = CommentRenderingTests.OLD_UNSAFE_HTML;

	@Autowired
	private CommentRerendering rerendering;

	@Test
	void commentsStoredByTheOlderRendererAreRewrittenInBatches() {
		String article = article();
		List<Document> old = new ArrayList<>();
		for (int i = 0; i < 2 * CommentRerendering.BATCH_SIZE + 1; i++) {
			old.add(oldStyleComment(article, "Cliquez " + SCRIPT_LINK, OLD_UNSAFE_HTML));
		}
		this.mongo.insert(old, "comments");
		String current = postAndGetId(article, "a@example.ma", "Un commentaire récent");

		assertThat(this.rerendering.rerenderOutdated()).isEqualTo(old.size());

		List<Document> stored = this.mongo.find(new Query(), Document.class, "comments");
		assertThat(stored).hasSize(old.size() + 1).allSatisfy(comment -> {
			assertThat(comment.getString("bodyHtml")).doesNotContain("<a", "href");
			assertThat(comment.getInteger("renderVersion")).isEqualTo(CommentText.RENDER_VERSION);
		});
		assertThat(stored).filteredOn(comment -> !comment.getObjectId("_id").toHexString().equals(current))
			.extracting(comment -> comment.getString("bodyHtml"))
			.containsOnly("<p>Cliquez " + SCRIPT_LINK + "</p>");
	}

	@Test
	void namesStoredWithDirectionalOverridesAreCleaned() {
		this.mongo.insert(oldStyleComment(article(), "Bonjour", "<p>Bonjour</p>").append("authorName", "\u202Eevil"),
				"comments");
		assertThat(this.rerendering.rerenderOutdated()).isEqualTo(1);
		assertThat(this.mongo.findOne(new Query(), Document.class, "comments").getString("authorName"))
			.isEqualTo("evil");
	}

	@Test
	void rerenderingAgainRewritesNothing() {
		String article = article();
		this.mongo.insert(oldStyleComment(article, "Cliquez " + SCRIPT_LINK, OLD_UNSAFE_HTML), "comments");
		assertThat(this.rerendering.rerenderOutdated()).isEqualTo(1);
		Object rendered = this.mongo.findOne(new Query(), Document.class, "comments").get("bodyHtml");

		assertThat(this.rerendering.rerenderOutdated()).isZero();
		assertThat(this.mongo.findOne(new Query(), Document.class, "comments").get("bodyHtml")).isEqualTo(rendered);
	}

}
