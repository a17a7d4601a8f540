package com.newsroom.contentapi.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code setCommentsOpen} is for moderators as well as editors, but what it returns is
 * what the caller may read: a moderator changing a draft gets no draft content.
 */
class CommentSettingTests extends IntegrationTest {

	private static final String CLOSE = """
			mutation($id: ID!) { setCommentsOpen(articleId: $id, open: false) {
			  id title commentsOpen body { markdown } translations { title } } }""";

	private boolean commentsOpen(String id) {
		return this.editor.document("query($id: ID!) { article(id: $id) { commentsOpen } }")
			.variable("id", id)
			.execute()
			.path("article.commentsOpen")
			.entity(Boolean.class)
			.get();
	}

	@Test
	void moderatorClosingCommentsOnADraftGetsNoDraftContent() {
		String draft = createArticle(List.of(translation("fr", "Projet confidentiel", "Plan secret de la rédaction")),
				List.of());
		this.moderator.document(CLOSE)
			.variable("id", draft)
			.execute()
			.errors()
			.verify()
			.path("setCommentsOpen")
			.valueIsNull();
		assertThat(commentsOpen(draft)).isFalse();
	}

	@Test
	void moderatorClosingCommentsOnAPublishedArticleGetsTheArticle() {
		String id = createPublishedArticle(List.of(translation("fr", "Débat public", "Texte")), List.of());
		this.moderator.document(CLOSE)
			.variable("id", id)
			.execute()
			.path("setCommentsOpen.title")
			.entity(String.class)
			.isEqualTo("Débat public")
			.path("setCommentsOpen.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void editorClosingCommentsOnADraftGetsTheDraft() {
		String draft = createArticle(List.of(translation("fr", "Brouillon d'éditeur", "Texte")), List.of());
		this.editor.document(CLOSE)
			.variable("id", draft)
			.execute()
			.path("setCommentsOpen.title")
			.entity(String.class)
			.isEqualTo("Brouillon d'éditeur")
			.path("setCommentsOpen.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

}
