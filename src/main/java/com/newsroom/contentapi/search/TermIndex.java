package com.newsroom.contentapi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;

/**
 * The search index: the analysed terms {@link SearchTerms} keeps in each article's
 * document, an index on {@code search.<locale>.terms, status} per supported locale, the
 * ranking, and the rebuild of every article's terms after an analyzer change. Articles
 * come from the article feature's {@link ArticleSearchPort}; which of them a caller may
 * find is its rule, not this one's.
 */
@Component
class TermIndex {

	private final ArticleSearchPort articles;

	private final SearchTerms terms;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	TermIndex(ArticleSearchPort articles, SearchTerms terms, MongoTemplate mongo, LocaleCatalog locales,
			ApplicationEventPublisher events) {
		this.articles = articles;
		this.terms = terms;
		this.mongo = mongo;
		this.events = events;
		for (String locale : locales.supported()) {
			mongo.indexOps(articles.collection())
				.createIndex(new Index().on(SearchTerms.termsField(locale), Sort.Direction.ASC)
					.on("status", Sort.Direction.ASC)
					.named("search_" + locale));
		}
	}

	/**
	 * One page of the matches this caller may find, ranked inside MongoDB in one
	 * aggregation, so that only the page travels: an article matches in locale L when its
	 * terms in L contain every query term of L; its score in L is (words + 2 × words in
	 * the title) / words, and its score the best over the locales it matches in; ties go
	 * to the most recently published. {@code $facet} returns the total alongside the
	 * page.
	 */
	Ranking rank(Map<String, List<String>> termsByLocale, Caller caller, @Nullable String tagId, int skip, int limit) {
		List<Document> anyLocale = new ArrayList<>();
		Document project = new Document("publishedAt", 1);
		List<Object> scores = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, List<String>> entry : termsByLocale.entrySet()) {
			List<String> keys = entry.getValue();
			String terms = SearchTerms.termsField(entry.getKey());
			anyLocale.add(new Document(terms, new Document("$all", keys)));
			String matched = "m" + i;
			project.append(matched, new Document("$setIsSubset", List.of(keys, orEmpty(terms))));
			Document titleHits = new Document("$size",
					new Document("$setIntersection", List.of(keys, orEmpty(SearchTerms.titleField(entry.getKey())))));
			project.append("s" + i,
					new Document("$divide",
							List.of(new Document("$add",
									List.of(keys.size(), new Document("$multiply", List.of(2, titleHits)))),
									keys.size())));
			scores.add(new Document("$cond", List.of("$" + matched, "$s" + i, 0)));
			i++;
		}
		Document match = new Document(this.articles.findableBy(caller, tagId)).append("$or", anyLocale);
		List<Document> pipeline = List
			.of(new Document("$match", match), new Document("$project", project),
					new Document("$addFields", new Document("score",
							new Document("$max", scores))),
					new Document("$facet",
							new Document("total", List.of(new Document("$count", "n"))).append(
									"page", List.of(
											new Document("$sort",
													new Document("score", -1).append("publishedAt", -1)
														.append("_id", -1)),
											new Document("$skip", skip), new Document("$limit", limit)))));
		Document result = this.mongo.getCollection(this.articles.collection()).aggregate(pipeline).first();
		List<Document> totals = result.getList("total", Document.class);
		int total = totals.isEmpty() ? 0 : ((Number) totals.get(0).get("n")).intValue();
		List<String> locales = new ArrayList<>(termsByLocale.keySet());
		List<Ranking.Ranked> ranked = new ArrayList<>();
		for (Document row : result.getList("page", Document.class)) {
			List<String> matchedIn = new ArrayList<>();
			for (int l = 0; l < locales.size(); l++) {
				if (Boolean.TRUE.equals(row.getBoolean("m" + l))) {
					matchedIn.add(locales.get(l));
				}
			}
			ranked.add(new Ranking.Ranked(row.get("_id").toString(), ((Number) row.get("score")).doubleValue(),
					matchedIn));
		}
		return new Ranking(total, ranked);
	}

	/**
	 * A field's array, or an empty one where the article has no such translation (set
	 * operators need arrays).
	 */
	private static Document orEmpty(String field) {
		return new Document("$ifNull", List.of("$" + field, List.of()));
	}

	/**
	 * Recomputes the stored terms of every article, in batches of {@code batchSize}
	 * (never all articles in memory), after an analyzer change.
	 * @return how many articles got new terms (an article written meanwhile got its own)
	 */
	int rebuild(int batchSize) {
		int rebuilt = 0;
		String lastId = null;
		List<Article> batch;
		do {
			batch = this.articles.batchAfter(lastId, batchSize);
			for (Article article : batch) {
				if (this.articles.storeTerms(article, this.terms.termsOf(article.getTranslations().values()),
						this.terms.version())) {
					rebuilt++;
				}
				lastId = article.getId();
			}
		}
		while (batch.size() == batchSize);
		this.events.publishEvent(new SearchReindexedEvent(rebuilt));
		return rebuilt;
	}

	@EventListener
	void onReindexed(SearchReindexedEvent event) {
		this.events.publishEvent(ContentChangedEvent.everything());
	}

	/**
	 * A ranked page of matches: ids in order, their scores and the locales they matched
	 * in, and the number of all matches.
	 */
	record Ranking(int total, List<Ranked> ranked) {

		record Ranked(String id, double score, List<String> matchedLocales) {
		}

	}

}
