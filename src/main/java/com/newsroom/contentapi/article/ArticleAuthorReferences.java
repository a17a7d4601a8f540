package com.newsroom.contentapi.article;

import com.newsroom.contentapi.author.AuthorReferences;

import org.springframework.stereotype.Component;

/** Articles name their authors: an author still credited by one is not deleted. */
@Component
class ArticleAuthorReferences implements AuthorReferences {

	private final ArticleStore store;

	ArticleAuthorReferences(ArticleStore store) {
		this.store = store;
	}

	@Override
	public long countReferencing(String authorId) {
		return this.store.countReferencing(ArticleReference.AUTHOR, authorId);
	}

}
