package com.newsroom.contentapi.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published when a moderator changes a comment's status or deletes it, for the audit log.
 */
public record CommentModeratedEvent(String action, String commentId, String articleId, String summary,
		@Nullable String actor, Instant at) {
}
