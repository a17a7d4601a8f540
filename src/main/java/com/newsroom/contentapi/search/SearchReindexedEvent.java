package com.newsroom.contentapi.search;

/**
 * Published after the search terms of all articles were recomputed, so that cached
 * results can go.
 */
record SearchReindexedEvent(int processed) {
}
