package com.newsroom.contentapi.article;

/**
 * Published after the search terms of all articles were recomputed, so that cached
 * results can go.
 */
public record ArticlesReindexedEvent(int processed) {
}
