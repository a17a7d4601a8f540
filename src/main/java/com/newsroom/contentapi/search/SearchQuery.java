package com.newsroom.contentapi.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.newsroom.contentapi.text.TextAnalysis;

/**
 * What a reader typed, read as plain text with two conveniences and no operators: words
 * in balanced double quotes are a phrase (their analysed words in this order), and the
 * last word, when nothing follows it, also matches as the start of a longer word (search
 * as you type). Unbalanced quotes are plain text; Lucene's syntax ({@code *}, {@code ~},
 * {@code :}, {@code AND}) is never read, since queries are built from analysed words
 * only.
 */
record SearchQuery(List<Part> parts) {

	/** A word, a phrase, or the last word read as a prefix. */
	record Part(Kind kind, String text) {
	}

	enum Kind {

		WORD, PHRASE, PREFIX

	}

	static SearchQuery parse(String raw) {
		List<Part> parts = new ArrayList<>();
		boolean balanced = raw.chars().filter(c -> c == '"').count() % 2 == 0;
		String text = balanced ? raw : raw.replace('"', ' ');
		String[] segments = text.split("\"", -1);
		for (int i = 0; i < segments.length; i++) {
			String segment = segments[i];
			if (i % 2 == 1) {
				if (!segment.isBlank()) {
					parts.add(new Part(Kind.PHRASE, segment.strip()));
				}
				continue;
			}
			for (String word : segment.strip().split("\\s+")) {
				if (!word.isEmpty()) {
					parts.add(new Part(Kind.WORD, word));
				}
			}
		}
		boolean endsInWord = !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))
				&& text.charAt(text.length() - 1) != '"';
		if (endsInWord && !parts.isEmpty() && parts.get(parts.size() - 1).kind() == Kind.WORD) {
			Part last = parts.remove(parts.size() - 1);
			parts.add(new Part(Kind.PREFIX, last.text()));
		}
		return new SearchQuery(List.copyOf(parts));
	}

	/**
	 * The query as one locale analyses it: each part's analysed words (a word can become
	 * several, or none when it is a stop word); parts left empty are dropped, and a
	 * locale where nothing is left is absent.
	 */
	Map<String, List<Analysed>> analysedIn(List<String> locales) {
		Map<String, List<Analysed>> byLocale = new LinkedHashMap<>();
		for (String locale : locales) {
			List<Analysed> analysed = new ArrayList<>();
			for (Part part : this.parts) {
				List<String> terms = TextAnalysis.terms(locale, part.text());
				if (!terms.isEmpty()) {
					analysed.add(new Analysed(part.kind(), terms));
				}
			}
			if (!analysed.isEmpty()) {
				byLocale.put(locale, analysed);
			}
		}
		return byLocale;
	}

	/** A part's analysed words in one locale. */
	record Analysed(Kind kind, List<String> terms) {
	}

}
