package com.newsroom.contentapi.article;

/**
 * What an article refers to by id and lists its articles ({@code Tag.articles},
 * {@code Author.articles}): the array field of the article that holds the ids, indexed
 * with status and publication time for those lists and counts.
 */
enum ArticleReference {

	TAG("tagIds"), AUTHOR("authorIds");

	final String field;

	ArticleReference(String field) {
		this.field = field;
	}

}
