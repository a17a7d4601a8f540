package com.newsroom.contentapi.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which excerpts are indexed after the body: only those that are not the start of the
 * text, compared as the excerpt taken from a text collapses its whitespace.
 */
class ArticleDocumentsTests {

	@Test
	void anExcerptTakenFromTheTextIsItsStartWithWhitespaceCollapsed() {
		assertThat(ArticleDocuments.startsWithCollapsingWhitespace("\n Le  ministre\n\nannonce une réforme.",
				"Le ministre annonce"))
			.isTrue();
	}

	@Test
	void anExcerptAnEditorWroteIsNotTheStartOfTheText() {
		assertThat(ArticleDocuments.startsWithCollapsingWhitespace("Le ministre annonce une réforme.",
				"Les concerts en chiffres"))
			.isFalse();
		assertThat(ArticleDocuments.startsWithCollapsingWhitespace("Le ministre", "Le ministre annonce")).isFalse();
		assertThat(ArticleDocuments.startsWithCollapsingWhitespace("Le\u00a0ministre", "Le ministre")).isFalse();
	}

}
