package com.newsroom.contentapi.tag;

/**
 * Published before a tag is deleted, so that features which refer to tags (articles) can drop the reference
 * without the tag package depending on them.
 */
public record TagDeletedEvent(String tagId) {
}
