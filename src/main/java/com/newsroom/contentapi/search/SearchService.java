package com.newsroom.contentapi.search;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.article.ArticleVisibility;
import com.newsroom.contentapi.article.Translation;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;

import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Full-text search: the query is checked, analysed once per supported locale, and ranked
 * over the search index ({@link Ranking}), which matches an article in a locale when all
 * the words analysed for that locale are in that translation. A French reader can
 * therefore find an Arabic-only article by Arabic words: it is served in the reader's
 * chain when that variant matched, otherwise in the variant that did. The page's articles
 * are then read from MongoDB in one command and highlighted.
 */
@Service
class SearchService {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_QUERY_WORDS = 20;

	private final LuceneIndex index;

	private final Ranking ranking;

	private final TagFacets facets;

	private final Suggestions suggestions;

	private final ArticleSearchPort articles;

	private final TagService tags;

	private final LocaleCatalog locales;

	private final Clock clock;

	SearchService(LuceneIndex index, Ranking ranking, TagFacets facets, Suggestions suggestions,
			ArticleSearchPort articles, TagService tags, LocaleCatalog locales, Clock clock) {
		this.index = index;
		this.ranking = ranking;
		this.facets = facets;
		this.suggestions = suggestions;
		this.clock = clock;
		this.articles = articles;
		this.tags = tags;
		this.locales = locales;
	}

	/** What a search is narrowed and ordered by. */
	record Filters(@Nullable String tag, @Nullable Instant publishedAfter, @Nullable Instant publishedBefore,
			Ranking.Order order) {
	}

	/**
	 * A page of hits; the articles are read with the fields {@code listed} selects, and
	 * highlighted only when it asks for their plain text.
	 */
	SearchConnection search(String query, LocaleChain chain, Filters filters, int size, @Nullable String after,
			Caller caller, ArticleReader.ListedFields listed) {
		Map<String, List<SearchQuery.Analysed>> analysed = analyse(query);
		String tagId = null;
		if (filters.tag() != null) {
			Tag tag = this.tags.findBySlug(filters.tag()).orElse(null);
			if (tag == null) {
				return empty();
			}
			tagId = tag.id();
		}
		if (analysed.isEmpty()) {
			return empty();
		}
		Ranking.Request request = new Ranking.Request(analysed, this.articles.findableBy(caller), tagId,
				filters.publishedAfter(), filters.publishedBefore(), filters.order(),
				(after != null) ? SearchCursors.after(after, filters.order()) : null, size);
		return this.index.read(searcher -> {
			Ranking.Page page = this.ranking.rank(searcher, request, this.clock.instant());
			List<Hit> found = load(page.hits(), listed, chain, request.findable());
			Map<Hit, List<String>> highlights = listed.plainText() ? highlights(searcher, found, analysed) : Map.of();
			List<SearchConnection.Hit> hits = new ArrayList<>();
			for (Hit hit : found) {
				hits.add(new SearchConnection.Hit(SearchCursors.of(filters.order(), page.origin(), hit.ranked()),
						ArticleView.in(hit.article(), hit.served().locale(), chain), hit.ranked().score(),
						highlights.getOrDefault(hit, List.of())));
			}
			return connection(hits, page, after, request, chain);
		});
	}

	private static SearchConnection connection(List<SearchConnection.Hit> hits, Ranking.Page page,
			@Nullable String after, Ranking.Request request, LocaleChain chain) {
		String start = hits.isEmpty() ? null : hits.get(0).cursor();
		String end = hits.isEmpty() ? null : hits.get(hits.size() - 1).cursor();
		return new SearchConnection(hits, new Connection.PageInfo(page.hasNext(), after != null, start, end),
				(int) Math.min(Integer.MAX_VALUE, page.total()),
				new SearchConnection.Counting(request, page.origin(), chain));
	}

	/** At most this many suggestions per call. */
	static final int MAX_SUGGESTIONS = 20;

	/**
	 * Titles of published articles for a search box: what was typed, the last word as a
	 * prefix, matched against titles in the reader's chain; nothing for blank input.
	 */
	List<Suggestions.Suggestion> suggest(String typed, LocaleChain chain, int size) {
		if (size < 0 || size > MAX_SUGGESTIONS) {
			throw ApiException.badInput("first", "from 0 to " + MAX_SUGGESTIONS + " suggestions");
		}
		if (typed.isBlank()) {
			return List.of();
		}
		analyse(typed);
		return this.suggestions.suggest(SearchQuery.parse(typed), chain.tags(),
				this.articles.findableBy(Caller.ANONYMOUS), this.clock.instant(), size);
	}

	/**
	 * How many of all the hits have each tag, most frequent first, each tag named through
	 * the reader's chain; one index pass and one read of the tags, only when asked.
	 */
	SearchConnection.Facets facets(SearchConnection connection) {
		SearchConnection.Counting counting = connection.counting();
		if (counting == null) {
			return new SearchConnection.Facets(List.of());
		}
		Map<String, Integer> counts = this.facets.count(counting.request(), counting.origin());
		Map<String, Tag> tags = counts.isEmpty() ? Map.of() : this.tags.findAllById(counts.keySet());
		List<SearchConnection.TagCount> tagCounts = new ArrayList<>();
		counts.forEach((tagId, count) -> {
			Tag tag = tags.get(tagId);
			if (tag != null) {
				tagCounts.add(new SearchConnection.TagCount(TagView.of(tag, counting.chain()), count));
			}
		});
		return new SearchConnection.Facets(tagCounts);
	}

	/**
	 * The articles of the ranked hits, read in one command with the translations that
	 * matched (a hit is served in one of them); one purged since the index saw it is left
	 * out.
	 */
	private List<Hit> load(List<Ranking.Hit> ranked, ArticleReader.ListedFields listed, LocaleChain chain,
			ArticleVisibility.Findable findable) {
		if (ranked.isEmpty()) {
			return List.of();
		}
		Map<String, Article> byId = new HashMap<>();
		Set<String> matched = new HashSet<>();
		ranked.forEach(hit -> matched.addAll(hit.matchedLocales()));
		this.articles.findAllById(ranked.stream().map(Ranking.Hit::id).toList(), matched, listed, findable)
			.forEach(article -> byId.put(article.getId(), article));
		// a translation that became a draft since the index saw it is not served
		return ranked.stream().filter(hit -> byId.containsKey(hit.id()) && !hit.matchedLocales().isEmpty()).map(hit -> {
			Article article = byId.get(hit.id());
			Translation served = article.getTranslations().get(servedLocale(article, hit, chain));
			return (served != null) ? new Hit(article, hit, served) : null;
		}).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * A match: the article, its place in the ranking, and the translation it is served
	 * in.
	 */
	private record Hit(Article article, Ranking.Hit ranked, Translation served) {
	}

	/**
	 * The query, checked, as each supported locale analyses it; locales where nothing is
	 * left after analysis are absent.
	 */
	private Map<String, List<SearchQuery.Analysed>> analyse(String query) {
		if (query == null || query.isBlank()) {
			throw ApiException.badInput("query", "must not be empty");
		}
		if (query.length() > MAX_QUERY_LENGTH) {
			throw ApiException.badInput("query", "at most " + MAX_QUERY_LENGTH + " characters");
		}
		if (query.strip().split("\\s+").length > MAX_QUERY_WORDS) {
			throw ApiException.badInput("query", "at most " + MAX_QUERY_WORDS + " words");
		}
		return SearchQuery.parse(query).analysedIn(this.locales.supported());
	}

	/**
	 * The reader's preferred variant if it matched, else the first matching one in chain
	 * order, else any.
	 */
	private static String servedLocale(Article article, Ranking.Hit hit, LocaleChain chain) {
		String preferred = chain.pick(article.getLocales());
		if (preferred != null && hit.matchedLocales().contains(preferred)) {
			return preferred;
		}
		String inChain = chain.pick(hit.matchedLocales());
		return (inChain != null) ? inChain : hit.matchedLocales().get(0);
	}

	/**
	 * The highlights of each hit in the locale it is served in: body passages cut from
	 * the offsets the index keeps, one highlighter call per locale; a body changed since
	 * it was indexed is analysed again.
	 */
	private static Map<Hit, List<String>> highlights(IndexSearcher searcher, List<Hit> hits,
			Map<String, List<SearchQuery.Analysed>> analysed) throws IOException {
		Map<String, Map<Integer, String>> bodiesPerLocale = new HashMap<>();
		for (Hit hit : hits) {
			bodiesPerLocale.computeIfAbsent(hit.served().locale(), locale -> new HashMap<>())
				.put(hit.ranked().doc(), ArticleDocuments.indexedBody(hit.served()));
		}
		Map<String, Map<Integer, List<String>>> passagesPerLocale = new HashMap<>();
		for (Map.Entry<String, Map<Integer, String>> bodies : bodiesPerLocale.entrySet()) {
			passagesPerLocale.put(bodies.getKey(), Highlighter.indexedBodies(searcher, bodies.getKey(),
					analysed.get(bodies.getKey()), bodies.getValue()));
		}
		Map<Hit, List<String>> highlights = new HashMap<>();
		for (Hit hit : hits) {
			String locale = hit.served().locale();
			int doc = hit.ranked().doc();
			highlights.put(hit,
					Highlighter.highlights(locale, hit.served().title(), bodiesPerLocale.get(locale).get(doc),
							analysed.get(locale), passagesPerLocale.get(locale).get(doc)));
		}
		return highlights;
	}

	private static SearchConnection empty() {
		return new SearchConnection(List.of(), new Connection.PageInfo(false, false, null, null), 0, null);
	}

}
