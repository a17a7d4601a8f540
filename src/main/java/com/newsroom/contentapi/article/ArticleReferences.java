package com.newsroom.contentapi.article;

import com.newsroom.contentapi.author.AuthorReferences;
import com.newsroom.contentapi.section.SectionReferences;

import org.springframework.stereotype.Component;

/**
 * Articles credit authors and sit in sections: an author or a section an article still
 * names (trashed ones included) is not deleted.
 */
@Component
class ArticleReferences implements AuthorReferences, SectionReferences {

	private final ArticleStore store;

	ArticleReferences(ArticleStore store) {
		this.store = store;
	}

	@Override
	public long countCrediting(String authorId) {
		return this.store.countReferencing(ArticleReference.AUTHOR, authorId);
	}

	@Override
	public long countInSection(String sectionId) {
		return this.store.countReferencing(ArticleReference.SECTION, sectionId);
	}

}
