package com.newsroom.contentapi.tag;

/** Published after a tag is created, changed or deleted, so that caches holding it can let go. */
public record TagChangedEvent(String tagId) {
}
