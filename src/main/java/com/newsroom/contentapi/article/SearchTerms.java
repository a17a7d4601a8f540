package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsroom.contentapi.text.TextAnalysis;

/**
 * The analysed search terms of an article, stored in its document on every write so that
 * search is an indexed array match on any MongoDB, the embedded store included. Terms are
 * kept per locale ({@code search.ar.terms}, {@code search.fr.terms}) because each
 * language is analysed its own way, and so that a query in one locale only compares
 * against that locale's terms; title terms are kept apart as well, because a title match
 * ranks above a body match.
 */
public final class SearchTerms {

	private SearchTerms() {
	}

	/**
	 * The terms of one translation: all of them (title, excerpt, body) and those of the
	 * title.
	 */
	public record LocaleTerms(List<String> terms, List<String> title) {
	}

	/** The stored field holding the terms of a locale, e.g. {@code search.fr.terms}. */
	public static String termsField(String locale) {
		return "search." + locale + ".terms";
	}

	public static String titleField(String locale) {
		return "search." + locale + ".title";
	}

	public static Map<String, LocaleTerms> of(Collection<Translation> translations) {
		Map<String, LocaleTerms> byLocale = new LinkedHashMap<>();
		for (Translation translation : translations) {
			String locale = translation.locale();
			Set<String> title = new LinkedHashSet<>(TextAnalysis.terms(locale, translation.title()));
			Set<String> all = new LinkedHashSet<>(title);
			String text = String.join("\n", nullToEmpty(translation.excerpt()), nullToEmpty(translation.bodyText()));
			all.addAll(TextAnalysis.terms(locale, text));
			byLocale.put(locale, new LocaleTerms(List.copyOf(all), List.copyOf(title)));
		}
		return byLocale;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
