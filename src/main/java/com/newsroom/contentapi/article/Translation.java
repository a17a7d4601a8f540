package com.newsroom.contentapi.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One language variant of an article, embedded in the article document so that a change
 * is one atomic write. The Markdown source is rendered once, at write time, to sanitised
 * HTML and to plain text, so that reads never render. A {@code draft} translation is not
 * shown to readers even when the article is published (a translation still being
 * written); documents written before translations had a state read as published.
 */
public record Translation(String locale, String title, String slug, String excerpt, @Nullable String body,
		@Nullable String bodyHtml, @Nullable String bodyText, Seo seo, Instant updatedAt, boolean draft) {

	Translation withDraft(boolean draft) {
		return new Translation(this.locale, this.title, this.slug, this.excerpt, this.body, this.bodyHtml,
				this.bodyText, this.seo, this.updatedAt, draft);
	}

}
