package com.newsroom.contentapi.comment;

/** The cache key of a comment value, for features that tag responses by what they contain. */
public final class CommentKeys {

	private CommentKeys() {
	}

	/** {@code comment:<id>} for a comment, {@code null} for anything else. */
	public static String keyOf(Object value) {
		return (value instanceof Comment comment && comment.id() != null) ? "comment:" + comment.id() : null;
	}

}
