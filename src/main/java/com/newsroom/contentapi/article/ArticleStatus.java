package com.newsroom.contentapi.article;

/**
 * Where an article is in its life. Readers see {@code PUBLISHED} articles, and
 * {@code SCHEDULED} ones from their publication time on (decided at query time, before
 * the scheduler has flipped the stored status); drafts, future scheduled and archived
 * articles are for editors. {@code TRASHED} articles (deleted, not yet purged) are for
 * nobody but the trash list: they are left out of every read, editors' included.
 */
public enum ArticleStatus {

	DRAFT, SCHEDULED, PUBLISHED, ARCHIVED, TRASHED

}
