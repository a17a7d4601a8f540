package com.newsroom.contentapi.article;

/** Published after an article is deleted, so that what hangs off it (comments) can go too. */
public record ArticleDeletedEvent(String articleId) {
}
