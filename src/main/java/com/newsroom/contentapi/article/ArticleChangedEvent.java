package com.newsroom.contentapi.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published after every successful change of an article (and its deletion), for the audit
 * log and other observers. {@code action} is a short verb ({@code create},
 * {@code publish}, {@code delete}…); {@code summary} says what changed, as in the
 * revision.
 */
public record ArticleChangedEvent(String articleId, long version, String action, String summary, @Nullable String actor,
		Instant at) {
}
