package com.newsroom.contentapi.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.article.Translation;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.Cursors;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.text.TextAnalysis;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Full-text search over the analysed terms stored in articles. The query is analysed once
 * per supported locale and matched against that locale's terms; all words must match
 * (AND). A French reader can therefore find an Arabic-only article by Arabic words: it is
 * served in the reader's chain when that variant matched, otherwise in the variant that
 * did.
 * <p>
 * Relevance: each query word counts 1, plus 2 when it is in the title of the matching
 * translation, divided by the number of words (so scores run from 1, body only, to 3,
 * every word in the title); ties go to the most recently published. MongoDB ranks all
 * matches in one aggregation and returns only the requested page, which is then loaded in
 * full (two commands per search); the cursor is the position in that ranking.
 */
@Service
class SearchService {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_QUERY_WORDS = 20;

	private final TermIndex index;

	private final ArticleSearchPort articles;

	private final TagService tags;

	private final LocaleCatalog locales;

	SearchService(TermIndex index, ArticleSearchPort articles, TagService tags, LocaleCatalog locales) {
		this.index = index;
		this.articles = articles;
		this.tags = tags;
		this.locales = locales;
	}

	SearchConnection search(String query, LocaleChain chain, @Nullable String tagSlug, int size, @Nullable String after,
			Caller caller) {
		Map<String, List<String>> termsByLocale = analyse(query);
		String tagId = null;
		if (tagSlug != null) {
			Tag tag = this.tags.findBySlug(tagSlug).orElse(null);
			if (tag == null) {
				return empty();
			}
			tagId = tag.id();
		}
		if (termsByLocale.isEmpty()) {
			return empty();
		}
		int from = (after != null) ? position(after, size) + 1 : 0;
		TermIndex.Ranking ranking = this.index.rank(termsByLocale, caller, tagId, from, size);
		List<Hit> found = load(ranking);
		List<SearchConnection.Hit> hits = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Hit hit = found.get(i);
			String served = servedLocale(hit, chain);
			Set<String> terms = new LinkedHashSet<>(termsByLocale.get(served));
			hits.add(new SearchConnection.Hit(Cursors.encode("o" + (from + i), hit.article().getId()),
					ArticleView.in(hit.article(), served, chain), hit.score(),
					highlights(hit.article().getTranslations().get(served), terms)));
		}
		boolean hasNext = from + found.size() < ranking.total();
		String start = hits.isEmpty() ? null : hits.get(0).cursor();
		String end = hits.isEmpty() ? null : hits.get(hits.size() - 1).cursor();
		return new SearchConnection(hits, new Connection.PageInfo(hasNext, from > 0, start, end), ranking.total());
	}

	/**
	 * The ranked articles, read in one command; one deleted since it was ranked is left
	 * out.
	 */
	private List<Hit> load(TermIndex.Ranking ranking) {
		if (ranking.ranked().isEmpty()) {
			return List.of();
		}
		Map<String, Article> byId = new java.util.HashMap<>();
		this.articles.findAllById(ranking.ranked().stream().map(TermIndex.Ranking.Ranked::id).toList())
			.forEach(article -> byId.put(article.getId(), article));
		return ranking.ranked()
			.stream()
			.filter(ranked -> byId.containsKey(ranked.id()))
			.map(ranked -> new Hit(byId.get(ranked.id()), ranked.score(), ranked.matchedLocales()))
			.toList();
	}

	/** A match: the article, its score and the locales it matched in. */
	private record Hit(Article article, double score, List<String> matchedLocales) {
	}

	/**
	 * The query's terms per supported locale; locales where nothing is left after
	 * analysis are skipped.
	 */
	private Map<String, List<String>> analyse(String query) {
		if (query == null || query.isBlank()) {
			throw ApiException.badInput("query", "must not be empty");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw ApiException.badInput("query", "at most " + MAX_QUERY_LENGTH + " characters");
		}
		if (query.strip().split("\\s+").length > MAX_QUERY_WORDS) {
			throw ApiException.badInput("query", "at most " + MAX_QUERY_WORDS + " words");
		}
		Map<String, List<String>> termsByLocale = new LinkedHashMap<>();
		for (String locale : this.locales.supported()) {
			List<String> terms = TextAnalysis.terms(locale, query).stream().distinct().toList();
			if (!terms.isEmpty()) {
				termsByLocale.put(locale, terms);
			}
		}
		return termsByLocale;
	}

	/**
	 * The reader's preferred variant if it matched, else the first matching one in chain
	 * order, else any.
	 */
	private static String servedLocale(Hit hit, LocaleChain chain) {
		String preferred = chain.pick(hit.article().getLocales());
		if (preferred != null && hit.matchedLocales().contains(preferred)) {
			return preferred;
		}
		String inChain = chain.pick(hit.matchedLocales());
		return (inChain != null) ? inChain : hit.matchedLocales().get(0);
	}

	private static List<String> highlights(Translation translation, Set<String> terms) {
		List<String> highlights = new ArrayList<>(Highlighter.whole(translation.title(), translation.locale(), terms));
		String text = (translation.bodyText() != null && !translation.bodyText().isBlank()) ? translation.bodyText()
				: translation.excerpt();
		highlights.addAll(Highlighter.snippets(text, translation.locale(), terms));
		return highlights;
	}

	/**
	 * The ranking position a search cursor points at: 0 or more, and low enough that the
	 * positions of the next page are still {@code int}s (MongoDB gets it as
	 * {@code $skip}, which must not be negative).
	 */
	static int position(String cursor, int pageSize) {
		String value = Cursors.split("after", cursor)[0];
		if (value.matches("o[0-9]{1,10}")) {
			long position = Long.parseLong(value.substring(1));
			if (position + 1 + pageSize <= Integer.MAX_VALUE) {
				return (int) position;
			}
		}
		throw ApiException.badInput("after", "not a cursor returned by search");
	}

	private static SearchConnection empty() {
		return new SearchConnection(List.of(), new Connection.PageInfo(false, false, null, null), 0);
	}

}
