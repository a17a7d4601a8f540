package com.newsroom.contentapi.locale;

import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** Parsing and truncating BCP 47 language tags. */
public final class LocaleTags {

	private LocaleTags() {
	}

	/**
	 * Parses a well-formed BCP 47 tag into its canonical form ({@code AR-ma → ar-MA}).
	 * @throws IllegalArgumentException if the tag is malformed
	 */
	public static Locale parse(String tag) {
		if (tag == null || tag.isBlank()) {
			throw new IllegalArgumentException("A locale must be a BCP 47 language tag such as 'ar' or 'fr-MA'");
		}
		try {
			return new Locale.Builder().setLanguageTag(tag.strip()).build();
		}
		catch (IllformedLocaleException ex) {
			throw new IllegalArgumentException("'" + tag + "' is not a well-formed BCP 47 language tag");
		}
	}

	/**
	 * The tag followed by its parents by truncation: {@code zh-Hant-TW → zh-Hant → zh}.
	 */
	public static List<String> withParents(String tag) {
		List<String> result = new ArrayList<>();
		String current = tag;
		while (!current.isEmpty()) {
			result.add(current);
			int dash = current.lastIndexOf('-');
			current = (dash < 0) ? "" : current.substring(0, dash);
			// a single-letter subtag (extension or private-use singleton) is never a
			// parent on its own
			while (current.length() > 1 && current.charAt(current.length() - 2) == '-') {
				current = current.substring(0, current.length() - 2);
			}
		}
		return result;
	}

}
