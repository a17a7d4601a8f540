package com.newsroom.contentapi.comment;

/** Only {@code APPROVED} comments are shown to readers and counted. */
public enum CommentStatus {

	PENDING, APPROVED, SPAM, REJECTED

}
