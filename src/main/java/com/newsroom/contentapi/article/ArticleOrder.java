package com.newsroom.contentapi.article;

import org.springframework.data.domain.Sort;

/**
 * Orders of article lists. "Newest" means by publication date; drafts have none, so lists of drafts are ordered
 * by creation date instead.
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
		return (status == ArticleStatus.DRAFT && this.field.equals("publishedAt")) ? "createdAt" : this.field;
	}

}
