package com.newsroom.contentapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.newsroom.contentapi.text.TextAnalysis;

import org.springframework.web.util.HtmlUtils;

/**
 * Short snippets of a text with the words that matched a query wrapped in {@code <mark>};
 * everything else is HTML-escaped, so the snippets can be inserted into a page as they
 * are. Words are compared after the same language analysis as the search, so
 * {@code armee} marks "l'armée" and {@code اسعار} marks "أسعار".
 */
final class Highlighter {

	private static final int CONTEXT = 60;

	private static final int MAX_SNIPPETS = 2;

	private Highlighter() {
	}

	/**
	 * The whole text with its matches marked, or nothing if no word matched (for titles).
	 */
	static List<String> whole(String text, String locale, java.util.function.Predicate<String> terms) {
		List<TextAnalysis.Token> hits = hits(text, locale, terms);
		return hits.isEmpty() ? List.of() : List.of(mark(text, 0, text.length(), hits));
	}

	/** Up to two windows of the text around its first matches (for bodies). */
	static List<String> snippets(String text, String locale, java.util.function.Predicate<String> terms) {
		List<TextAnalysis.Token> hits = hits(text, locale, terms);
		List<String> snippets = new ArrayList<>();
		int coveredUntil = -1;
		for (TextAnalysis.Token hit : hits) {
			if (snippets.size() == MAX_SNIPPETS) {
				break;
			}
			if (hit.start() < coveredUntil) {
				continue;
			}
			int start = wordBoundary(text, Math.max(0, hit.start() - CONTEXT), false);
			int end = wordBoundary(text, Math.min(text.length(), hit.end() + CONTEXT), true);
			String snippet = mark(text, start, end, hits).replaceAll("\\s+", " ").strip();
			snippets.add(((start > 0) ? "…" : "") + snippet + ((end < text.length()) ? "…" : ""));
			coveredUntil = end;
		}
		return snippets;
	}

	private static List<TextAnalysis.Token> hits(String text, String locale,
			java.util.function.Predicate<String> terms) {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		return TextAnalysis.tokens(locale, text).stream().filter(token -> terms.test(token.term())).toList();
	}

	private static String mark(String text, int start, int end, List<TextAnalysis.Token> hits) {
		StringBuilder html = new StringBuilder();
		int position = start;
		for (TextAnalysis.Token hit : hits) {
			if (hit.start() < position || hit.end() > end) {
				continue;
			}
			html.append(escape(text.substring(position, hit.start())))
				.append("<mark>")
				.append(escape(text.substring(hit.start(), hit.end())))
				.append("</mark>");
			position = hit.end();
		}
		return html.append(escape(text.substring(position, end))).toString();
	}

	/**
	 * Escapes only what HTML needs ({@code < > & " '}); letters of every script stay
	 * readable.
	 */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * Moves a cut to the nearest space so that words are not split (within a few
	 * characters).
	 */
	private static int wordBoundary(String text, int index, boolean forward) {
		int i = index;
		for (int steps = 0; steps < 15 && i > 0 && i < text.length()
				&& !Character.isWhitespace(text.charAt(i)); steps++) {
			i += forward ? 1 : -1;
		}
		return Math.max(0, Math.min(text.length(), i));
	}

}
