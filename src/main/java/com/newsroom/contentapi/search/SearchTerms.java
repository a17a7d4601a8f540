package com.newsroom.contentapi.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.ArticleTermsHook;
import com.newsroom.contentapi.article.Translation;
import com.newsroom.contentapi.text.TextAnalysis;

/**
 * The analysed search terms of an article, kept in its document on every write (through
 * the article feature's {@link ArticleTermsHook}) so that search is an indexed array
 * match on any MongoDB, the embedded store included. Terms are kept per locale
 * ({@code search.ar.terms}, {@code search.fr.terms}) because each language is analysed
 * its own way, and so that a query in one locale only compares against that locale's
 * terms; title terms are kept apart as well, because a title match ranks above a body
 * match.
 */
@Component
class SearchTerms implements ArticleTermsHook {

	/** The stored field holding the terms of a locale, e.g. {@code search.fr.terms}. */
	static String termsField(String locale) {
		return "search." + locale + ".terms";
	}

	static String titleField(String locale) {
		return "search." + locale + ".title";
	}

	@Override
	public Map<String, Document> termsOf(Collection<Translation> translations) {
		Map<String, Document> byLocale = new LinkedHashMap<>();
		for (Translation translation : translations) {
			String locale = translation.locale();
			Set<String> title = new LinkedHashSet<>(TextAnalysis.terms(locale, translation.title()));
			Set<String> all = new LinkedHashSet<>(title);
			String text = String.join("\n", nullToEmpty(translation.excerpt()), nullToEmpty(translation.bodyText()));
			all.addAll(TextAnalysis.terms(locale, text));
			byLocale.put(locale, new Document("terms", List.copyOf(all)).append("title", List.copyOf(title)));
		}
		return byLocale;
	}

	@Override
	public int version() {
		return TextAnalysis.VERSION;
	}

	private static String nullToEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
