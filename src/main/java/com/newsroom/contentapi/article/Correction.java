package com.newsroom.contentapi.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.TextDirection;

/**
 * A public note on an article's text, in the locale of the translation it concerns:
 * corrections are appended and never edited or removed, so the log readers see is the
 * whole record (a change to a note is a new note).
 */
public record Correction(String id, Kind kind, String text, String locale, Instant createdAt, @Nullable String author) {

	/** What the note says about the text. */
	public enum Kind {

		/** An error was fixed. */
		CORRECTION,
		/** Something was made clearer; nothing was wrong. */
		CLARIFICATION,
		/** New facts were added to a developing story. */
		UPDATE

	}

	public TextDirection direction() {
		return TextDirection.of(this.locale);
	}

}
