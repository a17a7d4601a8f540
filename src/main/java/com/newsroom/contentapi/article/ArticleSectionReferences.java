package com.newsroom.contentapi.article;

import com.newsroom.contentapi.section.SectionReferences;

import org.springframework.stereotype.Component;

/** Articles are in sections: a section that still holds one is not deleted. */
@Component
class ArticleSectionReferences implements SectionReferences {

	private final ArticleStore store;

	ArticleSectionReferences(ArticleStore store) {
		this.store = store;
	}

	@Override
	public long countReferencing(String sectionId) {
		return this.store.countReferencing(ArticleReference.SECTION, sectionId);
	}

}
