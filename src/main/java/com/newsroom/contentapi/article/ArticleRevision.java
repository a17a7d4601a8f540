package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.jspecify.annotations.Nullable;

/**
 * The full content of an article after one change: append-only history, never rewritten.
 * {@code version} is the article's version after the change (unique per article), so
 * history and optimistic locking agree: one successful write, one revision.
 */
@Document("article_revisions")
public record ArticleRevision(@Id @Nullable String id, String articleId, long version, Content content,
		@Nullable String author, Instant createdAt, String summary) {

	/**
	 * What the article looked like; rendered HTML and text are left out (they are derived
	 * from the Markdown).
	 */
	public record Content(Map<String, Source> translations, List<String> tagIds, List<String> authorIds,
			@Nullable String sectionId, @Nullable String featuredImageId, ArticleStatus status,
			@Nullable Instant publishedAt, boolean commentsOpen) {

		/** Revisions recorded before bylines existed have no authors. */
		public Content {
			authorIds = (authorIds != null) ? List.copyOf(authorIds) : List.of();
		}

		static Content of(Article article) {
			Map<String, Source> translations = new java.util.LinkedHashMap<>();
			article.getTranslations()
				.forEach((locale, t) -> translations.put(locale,
						new Source(t.locale(), t.title(), t.slug(), t.excerpt(), t.body(), t.seo(), t.draft())));
			return new Content(translations, List.copyOf(article.getTagIds()), List.copyOf(article.getAuthorIds()),
					article.getSectionId(), article.getFeaturedImageId(), article.getStatus(), article.getPublishedAt(),
					article.isCommentsOpen());
		}

	}

	/** One translation as written by its editor. */
	public record Source(String locale, String title, String slug, String excerpt, @Nullable String body,
			@Nullable Seo seo, boolean draft) {
	}

}
