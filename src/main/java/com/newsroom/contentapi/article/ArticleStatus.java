package com.newsroom.contentapi.article;

/** Where an article is in its life: drafts are visible to editors only. */
public enum ArticleStatus {

	DRAFT, PUBLISHED

}
