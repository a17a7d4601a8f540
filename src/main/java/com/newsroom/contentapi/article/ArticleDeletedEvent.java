package com.newsroom.contentapi.article;

/**
 * Published after an article is purged from the trash, so that what hangs off it
 * (comments) can go too.
 */
public record ArticleDeletedEvent(String articleId) {
}
