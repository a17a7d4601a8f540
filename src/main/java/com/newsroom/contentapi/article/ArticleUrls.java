package com.newsroom.contentapi.article;

import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;

import org.springframework.stereotype.Component;

/**
 * An article's page on the front-end in one of its locales: the permalink pattern filled
 * with the article's section (from the section tree in memory) and publication date. The
 * one place that knows what of an article goes into its address, for fields, feeds and
 * structured data.
 */
@Component
public class ArticleUrls {

	private final Permalinks permalinks;

	private final SectionService sections;

	ArticleUrls(Permalinks permalinks, SectionService sections) {
		this.permalinks = permalinks;
		this.sections = sections;
	}

	public String of(Article article, String locale, String slug) {
		String sectionId = article.getSectionId();
		Section section = (sectionId != null) ? this.sections.tree().byId(sectionId) : null;
		return this.permalinks.article(locale, slug, article.getId(), (section != null) ? section.slug() : null,
				article.getPublishedAt());
	}

}
