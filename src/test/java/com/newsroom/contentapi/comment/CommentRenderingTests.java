package com.newsroom.contentapi.comment;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers get as {@code bodyHtml}: only web addresses become links, and a comment stored by the older
 * renderer (which linked any {@code scheme://}) is rendered again when read.
 */
class CommentRenderingTests extends CommentTestSupport {

	static final String SCRIPT_LINK = "javascript://%0aalert(document.cookie)";

	static final String OLD_UNSAFE_HTML = "<p>Cliquez <a href=\"" + SCRIPT_LINK + "\" rel=\"nofollow ugc\">"
			+ SCRIPT_LINK + "</a></p>";

	@Test
	void addressesWithOtherSchemesThanHttpStayText() {
		String body = "Cliquez " + SCRIPT_LINK + "\nJaVaScRiPt://%0aalert(1) vbscript://msgbox data://text/html,x "
				+ "file://etc/passwd";
		post(newReader(), Map.of(), article(), "a@example.ma", body)
			.path("addComment.comment.bodyHtml").entity(String.class).satisfies(html -> {
				assertThat(html).doesNotContain("<a", "href");
				assertThat(html).isEqualTo("<p>Cliquez " + SCRIPT_LINK + "<br>JaVaScRiPt://%0aalert(1) vbscript://msgbox "
						+ "data://text/html,x file://etc/passwd</p>");
			});
	}

	@Test
	void webAddressesBecomeNofollowLinks() {
		post(newReader(), Map.of(), article(), "a@example.ma", "Voir HTTPS://example.org/a et www.example.ma")
			.path("addComment.comment.bodyHtml").entity(String.class)
			.isEqualTo("<p>Voir <a href=\"https://example.org/a\" rel=\"nofollow ugc\">HTTPS://example.org/a</a> et "
					+ "<a href=\"https://www.example.ma\" rel=\"nofollow ugc\">www.example.ma</a></p>");
	}

	@Test
	void readersGetSafeHtmlForACommentNotRewrittenYet() {
		String article = article();
		this.mongo.insert(oldStyleComment(article, "Cliquez " + SCRIPT_LINK, OLD_UNSAFE_HTML), "comments");
		this.anonymous.document("query($id: ID!) { article(id: $id) { comments { edges { node { bodyHtml } } } } }")
			.variable("id", article)
			.execute()
			.path("article.comments.edges[*].node.bodyHtml").entityList(String.class)
			.containsExactly("<p>Cliquez " + SCRIPT_LINK + "</p>");
		assertThat(this.mongo.findOne(Query.query(Criteria.where("articleId").is(article)), Document.class, "comments")
			.getString("bodyHtml")).isEqualTo(OLD_UNSAFE_HTML);
	}

}
