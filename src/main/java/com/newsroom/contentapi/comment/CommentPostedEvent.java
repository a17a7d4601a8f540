package com.newsroom.contentapi.comment;

/**
 * Published after a reader's comment is stored; {@code approved} when it is shown at
 * once.
 */
public record CommentPostedEvent(String commentId, String articleId, boolean approved) {
}
