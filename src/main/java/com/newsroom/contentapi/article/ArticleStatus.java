package com.newsroom.contentapi.article;

/**
 * Where an article is in its life. Readers see {@code PUBLISHED} articles, and {@code SCHEDULED} ones from their
 * publication time on (decided at query time, before the scheduler has flipped the stored status); drafts,
 * future scheduled and archived articles are for editors.
 */
public enum ArticleStatus {

	DRAFT, SCHEDULED, PUBLISHED, ARCHIVED

}
