package com.newsroom.contentapi.article;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.newsroom.contentapi.graphql.MaxUtf8Bytes;

/** The inputs of the article mutations, with the limits the API promises. */
public final class ArticleInputs {

	static final int MAX_BODY_BYTES = 512 * 1024;

	private ArticleInputs() {
	}

	public record SeoInput(@Size(max = 300) String title, @Size(max = 500) String description) {
	}

	/**
	 * One language variant; a missing slug is made from the title, a missing excerpt from
	 * the body.
	 */
	public record TranslationInput(@NotNull Locale locale, @NotBlank @Size(min = 1, max = 300) String title,
			@Size(max = 200) String slug, @Size(max = 1000) String excerpt, @MaxUtf8Bytes(MAX_BODY_BYTES) String body,
			@Valid SeoInput seo) {
	}

	public record CreateArticleInput(@NotEmpty @Size(max = 50) @Valid List<TranslationInput> translations,
			@Size(max = 50) List<String> tags, @Size(max = 20) List<String> authors, String section,
			@Size(max = 40) String featuredImage, Boolean commentsOpen) {
	}

	/**
	 * Fields left out stay as they are; {@code tags} and {@code authors}, when given,
	 * replace all of them; an empty {@code section} takes the article out of its section.
	 */
	public record UpdateArticleInput(@Size(max = 50) List<String> tags, @Size(max = 20) List<String> authors,
			String section, @Size(max = 40) String featuredImage, Boolean commentsOpen) {
	}

	/** A note for the corrections log, in the locale of the translation it concerns. */
	public record CorrectionInput(@NotNull Correction.Kind kind, @NotBlank @Size(max = 2000) String text,
			@NotNull Locale locale) {
	}

}
