package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.ArticleVisibility;

/**
 * Titles of published articles that match what was typed (the last word as a prefix) in
 * the first locale of the reader's chain where they do, best match first; read from the
 * index alone (titles and slugs are stored in it), for a search box that asks on every
 * keystroke. Matching and scoring are {@link Ranking}'s, on titles only.
 */
@Component
class Suggestions {

	private final LuceneIndex index;

	Suggestions(LuceneIndex index) {
		this.index = index;
	}

	/** A suggestion: an article's title in one locale, with its slug. */
	record Suggestion(String articleId, String locale, String title, String slug) {
	}

	List<Suggestion> suggest(SearchQuery typed, List<String> chain, ArticleVisibility.Findable findable, Instant now,
			int size) {
		Map<String, List<SearchQuery.Analysed>> analysed = typed.analysedIn(chain);
		if (analysed.isEmpty() || size == 0) {
			return List.of();
		}
		Map<String, Query> perLocale = new LinkedHashMap<>();
		BooleanQuery.Builder root = Ranking.matchingAnyLocale(analysed,
				locale -> List.of(ArticleDocuments.titleField(locale)), now, perLocale, findable);
		Ranking.visibility(root, findable);
		Query query = root.build();
		return this.index.read(searcher -> {
			TopFieldDocs docs = searcher.search(query,
					new TopFieldCollectorManager(Ranking.BY_RELEVANCE, size, null, 0));
			Map<String, Weight> weights = Ranking.weights(searcher, perLocale);
			List<Suggestion> suggestions = new ArrayList<>();
			for (ScoreDoc doc : docs.scoreDocs) {
				List<String> matched = Ranking.matchedLocales(searcher, weights, doc);
				if (matched.isEmpty()) {
					continue;
				}
				String locale = matched.get(0);
				String title = ArticleDocuments.titleField(locale);
				String slug = ArticleDocuments.slugField(locale);
				Document stored = searcher.storedFields().document(doc.doc, Set.of(ArticleDocuments.ID, title, slug));
				suggestions
					.add(new Suggestion(stored.get(ArticleDocuments.ID), locale, stored.get(title), stored.get(slug)));
			}
			return suggestions;
		});
	}

}
