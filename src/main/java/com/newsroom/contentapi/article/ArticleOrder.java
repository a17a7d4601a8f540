package com.newsroom.contentapi.article;

import org.springframework.data.domain.Sort;

/**
 * Orders of article lists. "Newest" means by publication date; lists of drafts and
 * archived articles (which may have none) go by the date of their last change instead.
 */
public enum ArticleOrder {

	NEWEST("publishedAt", Sort.Direction.DESC), OLDEST("publishedAt", Sort.Direction.ASC),
	RECENTLY_UPDATED("updatedAt", Sort.Direction.DESC);

	final String field;

	final Sort.Direction direction;

	ArticleOrder(String field, Sort.Direction direction) {
		this.field = field;
		this.direction = direction;
	}

	String fieldFor(ArticleStatus status) {
		boolean undated = status == ArticleStatus.DRAFT || status == ArticleStatus.ARCHIVED;
		return (undated && this.field.equals("publishedAt")) ? "updatedAt" : this.field;
	}

}
