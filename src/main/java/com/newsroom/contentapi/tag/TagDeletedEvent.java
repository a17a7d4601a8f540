package com.newsroom.contentapi.tag;

import com.newsroom.contentapi.security.Caller;

/**
 * Published before a tag is deleted, so that features which refer to tags (articles) can
 * drop the reference without the tag package depending on them; the deleter is the author
 * of those changes.
 */
public record TagDeletedEvent(String tagId, String tagSlug, Caller deletedBy) {
}
