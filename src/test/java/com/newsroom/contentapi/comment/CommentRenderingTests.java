package com.newsroom.contentapi.comment;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers get as {@code bodyHtml} and {@code authorName}: only web addresses become
 * links, invisible formatting cannot disguise names or links, and a comment stored by an
 * older renderer (which linked any {@code scheme://}) is rendered again when read.
 */
class CommentRenderingTests extends CommentTestSupport {

	static final String SCRIPT_LINK = "javascript://%0aalert(document.cookie)";

	static final String OLD_UNSAFE_HTML = "<p>Cliquez <a href=\"" + SCRIPT_LINK + "\" rel=\"nofollow ugc\">"
			+ SCRIPT_LINK + "</a></p>";

	@Test
	void addressesWithOtherSchemesThanHttpStayText() {
		String body = "Cliquez " + SCRIPT_LINK + "\nJaVaScRiPt://%0aalert(1) vbscript://msgbox data://text/html,x "
				+ "file://etc/passwd";
		post(newReader(), Map.of(), article(), "a@example.ma", body).path("addComment.comment.bodyHtml")
			.entity(String.class)
			.satisfies(html -> {
				assertThat(html).doesNotContain("<a", "href");
				assertThat(html)
					.isEqualTo("<p>Cliquez " + SCRIPT_LINK + "<br>JaVaScRiPt://%0aalert(1) vbscript://msgbox "
							+ "data://text/html,x file://etc/passwd</p>");
			});
	}

	@Test
	void webAddressesBecomeNofollowLinks() {
		post(newReader(), Map.of(), article(), "a@example.ma", "Voir HTTPS://example.org/a et www.example.ma")
			.path("addComment.comment.bodyHtml")
			.entity(String.class)
			.isEqualTo("<p>Voir <a href=\"https://example.org/a\" rel=\"nofollow ugc\">HTTPS://example.org/a</a> et "
					+ "<a href=\"https://www.example.ma\" rel=\"nofollow ugc\">www.example.ma</a></p>");
	}

	@Test
	void directionalAndInvisibleFormattingIsRemovedFromAuthorNames() {
		post(newReader(), Map.of("authorName", "\u202Eevil\u202C \u2066Salma\u2069\u200F\u061C\u200E\u200B"), article(),
				"a@example.ma", "Bonjour")
			.path("addComment.comment.authorName")
			.entity(String.class)
			.isEqualTo("evil Salma");
	}

	@Test
	void joinersInAuthorNamesAreKept() {
		post(newReader(), Map.of("authorName", "مهر\u200Cناز"), article(), "a@example.ma", "سلام")
			.path("addComment.comment.authorName")
			.entity(String.class)
			.isEqualTo("مهر\u200Cناز");
	}

	@Test
	void aNameOfInvisibleCharactersOnlyIsBadUserInput() {
		post(newReader(), Map.of("authorName", "\u202E\u200F"), article(), "a@example.ma", "Bonjour").errors()
			.satisfy(
					hasError("BAD_USER_INPUT", error -> "input.authorName".equals(error.getExtensions().get("field"))));
	}

	@Test
	void directionalOverridesCannotDisguiseALink() {
		post(newReader(), Map.of(), article(), "a@example.ma",
				"Votre banque : https://evil.example/\u202Emoc.knab\u202C ici")
			.path("addComment.comment.body")
			.entity(String.class)
			.isEqualTo("Votre banque : https://evil.example/moc.knab ici")
			.path("addComment.comment.bodyHtml")
			.entity(String.class)
			.isEqualTo("<p>Votre banque : <a href=\"https://evil.example/moc.knab\" rel=\"nofollow ugc\">"
					+ "https://evil.example/moc.knab</a> ici</p>");
	}

	@Test
	void readersGetSafeHtmlForACommentNotRewrittenYet() {
		String article = article();
		this.mongo.insert(oldStyleComment(article, "Cliquez " + SCRIPT_LINK, OLD_UNSAFE_HTML), "comments");
		this.anonymous.document("query($id: ID!) { article(id: $id) { comments { edges { node { bodyHtml } } } } }")
			.variable("id", article)
			.execute()
			.path("article.comments.edges[*].node.bodyHtml")
			.entityList(String.class)
			.containsExactly("<p>Cliquez " + SCRIPT_LINK + "</p>");
		assertThat(this.mongo.findOne(Query.query(Criteria.where("articleId").is(article)), Document.class, "comments")
			.getString("bodyHtml")).isEqualTo(OLD_UNSAFE_HTML);
	}

}
