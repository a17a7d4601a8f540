package com.newsroom.contentapi.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One language variant of an article, embedded in the article document so that a change
 * is one atomic write. The Markdown source is rendered once, at write time, to sanitised
 * HTML and to plain text, so that reads never render.
 */
public record Translation(String locale, String title, String slug, String excerpt, @Nullable String body,
		@Nullable String bodyHtml, @Nullable String bodyText, Seo seo, Instant updatedAt) {
}
