package com.newsroom.contentapi.article;

/**
 * What an article refers to by id and lists its articles ({@code Tag.articles},
 * {@code Author.articles}, {@code Section.articles}): the field of the article that holds
 * the ids (an array, or one id for its section), indexed with status and publication time
 * for those lists and counts.
 */
enum ArticleReference {

	TAG("tagIds"), AUTHOR("authorIds"), SECTION("sectionId");

	final String field;

	ArticleReference(String field) {
		this.field = field;
	}

}
