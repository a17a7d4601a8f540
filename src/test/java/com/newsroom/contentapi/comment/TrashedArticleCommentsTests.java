package com.newsroom.contentapi.comment;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments of an article in the trash: kept but neither served nor accepted, back with
 * the article when it is restored, deleted with it when an admin purges it.
 */
class TrashedArticleCommentsTests extends CommentTestSupport {

	private static final String SET_COMMENTS = """
			mutation($id: ID!) { setCommentsOpen(articleId: $id, open: false) { id title } }""";

	private void delete(String article) {
		this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }")
			.variable("id", article)
			.execute()
			.path("deleteArticle")
			.entity(String.class)
			.isEqualTo(article);
	}

	@Test
	void commentsCannotBePostedOnAnArticleInTheTrash() {
		String article = article();
		delete(article);
		post(newReader(), Map.of(), article, "a@example.ma", "Trop tard").errors().satisfy(hasError("NOT_FOUND"));
		assertThat(this.mongo.count(new Query(), Comment.class)).isZero();
	}

	@Test
	void commentsOfAnArticleInTheTrashAreNotServedAndComeBackWithIt() {
		String article = article();
		approve(postAndGetId(article, "a@example.ma", "Toujours là"));
		delete(article);

		this.editor.document("{ trashedArticles { edges { node { id comments { edges { node { body } } } } } } }")
			.execute()
			.path("trashedArticles.edges[0].node.id")
			.entity(String.class)
			.isEqualTo(article)
			.path("trashedArticles.edges[0].node.comments.edges")
			.entityList(Object.class)
			.hasSize(0);

		this.editor.document("mutation($id: ID!) { restoreArticle(id: $id) { id } }")
			.variable("id", article)
			.execute()
			.path("restoreArticle.id")
			.entity(String.class)
			.isEqualTo(article);
		this.anonymous
			.document("query($id: ID!) { article(id: $id) { commentCount comments { edges { node { body } } } } }")
			.variable("id", article)
			.execute()
			.path("article.commentCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("article.comments.edges[*].node.body")
			.entityList(String.class)
			.containsExactly("Toujours là");
	}

	@Test
	void purgingAnArticleDeletesItsComments() {
		String article = article();
		approve(postAndGetId(article, "a@example.ma", "Bientôt parti"));
		delete(article);
		assertThat(this.mongo.count(new Query(), Comment.class)).isEqualTo(1);

		this.admin.document("mutation($id: ID!) { purgeArticle(id: $id) }")
			.variable("id", article)
			.execute()
			.path("purgeArticle")
			.entity(String.class)
			.isEqualTo(article);
		assertThat(this.mongo.count(new Query(), Comment.class)).isZero();
		assertThat(this.mongo.count(new Query(), "comment_counts")).isZero();
	}

	@Test
	void commentsOfAnArticleInTheTrashCannotBeOpenedOrClosed() {
		String id = createPublishedArticle(List.of(translation("fr", "À la corbeille", "Texte")), List.of());
		delete(id);
		assertError(this.moderator.document(SET_COMMENTS).variable("id", id).execute(), "NOT_FOUND");
		assertError(this.editor.document(SET_COMMENTS).variable("id", id).execute(), "NOT_FOUND");
	}

}
