package com.newsroom.contentapi.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.ArticleStatus;
import com.newsroom.contentapi.article.ArticleVisibility;

/**
 * Relevance over the {@link LuceneIndex}: an article matches in locale L when every query
 * word analysed for L is in its title or body in L, and matches when it does in any
 * locale. Scores are BM25 with a title word worth {@value #TITLE_BOOST} body words, plus
 * a recency boost of at most {@value #RECENCY_WEIGHT}, half that for an article
 * {@value #RECENCY_HALF_DAYS} days old (Lucene's distance feature on the publication
 * time). Ties go to the most recently published, then to the article id, so the order is
 * total: a cursor carries the sort values of its hit (and the instant recency was
 * measured from), and the next page is the hits after it, each exactly once. Who may find
 * what is a filter from the article feature's rule, applied at query time.
 */
@Component
class Ranking {

	static final float TITLE_BOOST = 3f;

	static final float RECENCY_WEIGHT = 0.5f;

	static final long RECENCY_HALF_DAYS = 30;

	private static final String ID_SORT = ArticleDocuments.ID + ".sort";

	static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(ArticleDocuments.PUBLISHED_AT, SortField.Type.LONG, true),
			KeywordField.newSortField(ID_SORT, false, SortedSetSelector.Type.MIN));

	private static final Sort BY_NEWEST = new Sort(
			new SortField(ArticleDocuments.PUBLISHED_AT, SortField.Type.LONG, true),
			KeywordField.newSortField(ID_SORT, false, SortedSetSelector.Type.MIN));

	/**
	 * Prefix matching expands to at most this many words of the index, the most frequent.
	 */
	static final int MAX_PREFIX_EXPANSIONS = 50;

	/**
	 * Where a page starts: after the hit with these sort values, recency measured from
	 * {@code origin}.
	 */
	record After(Instant origin, float score, long publishedAt, String id) {
	}

	/**
	 * A hit: the article, its score and sort values, the locales it matched in, and its
	 * document in the searcher that ranked it.
	 */
	record Hit(String id, float score, long publishedAt, List<String> matchedLocales, int doc) {
	}

	/** A page of hits in order, whether more follow, and the number of all hits. */
	record Page(List<Hit> hits, boolean hasNext, long total, Instant origin) {
	}

	/** How hits are ordered. */
	enum Order {

		RELEVANCE, NEWEST

	}

	/**
	 * What to find: the query analysed per locale, who may find what, the filters, the
	 * order and the page.
	 */
	record Request(Map<String, List<SearchQuery.Analysed>> query, ArticleVisibility.Findable findable,
			@Nullable String tagId, @Nullable Instant publishedFrom, @Nullable Instant publishedBefore, Order order,
			@Nullable After after, int size) {
	}

	/** The page of hits of a request in this searcher (whose documents the hits name). */
	Page rank(IndexSearcher searcher, Request request, Instant now) throws IOException {
		After after = request.after();
		Instant origin = (after != null) ? after.origin() : now;
		Map<String, Query> perLocale = new LinkedHashMap<>();
		Query query = query(request, origin, perLocale);
		boolean newest = request.order() == Order.NEWEST;
		Sort sort = newest ? BY_NEWEST : BY_RELEVANCE;
		FieldDoc start = null;
		if (after != null) {
			Object[] values = newest ? new Object[] { after.publishedAt(), new BytesRef(after.id()) }
					: new Object[] { after.score(), after.publishedAt(), new BytesRef(after.id()) };
			start = new FieldDoc(Integer.MAX_VALUE, after.score(), values);
		}
		int size = request.size();
		TopFieldDocs docs = searcher.search(query,
				new TopFieldCollectorManager(sort, size + 1, start, Integer.MAX_VALUE));
		boolean hasNext = docs.scoreDocs.length > size;
		if (newest) {
			TopFieldCollector.populateScores(docs.scoreDocs, searcher, query);
		}
		List<Hit> hits = new ArrayList<>();
		Map<String, Weight> weights = weights(searcher, perLocale);
		for (int i = 0; i < Math.min(size, docs.scoreDocs.length); i++) {
			FieldDoc doc = (FieldDoc) docs.scoreDocs[i];
			int sortValues = doc.fields.length;
			float score = newest ? doc.score : (Float) doc.fields[0];
			hits.add(new Hit(((BytesRef) doc.fields[sortValues - 1]).utf8ToString(), score,
					(Long) doc.fields[sortValues - 2], matchedLocales(searcher, weights, doc), doc.doc));
		}
		return new Page(hits, hasNext, docs.totalHits.value, origin);
	}

	/**
	 * The Lucene query of a request; in {@code perLocale}, the query of each locale (to
	 * tell which locales a hit matched in).
	 */
	static Query query(Request request, Instant origin, Map<String, Query> perLocale) {
		BooleanQuery.Builder root = matchingAnyLocale(request.query(), ArticleDocuments::fieldsOf, origin, perLocale,
				request.findable());
		visibility(root, request.findable());
		if (request.tagId() != null) {
			root.add(new TermQuery(new Term(ArticleDocuments.TAG, request.tagId())), Occur.FILTER);
		}
		if (request.publishedFrom() != null || request.publishedBefore() != null) {
			long from = (request.publishedFrom() != null) ? request.publishedFrom().toEpochMilli() : Long.MIN_VALUE;
			long before = (request.publishedBefore() != null) ? request.publishedBefore().toEpochMilli() - 1
					: Long.MAX_VALUE;
			root.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED_AT, from, before), Occur.FILTER);
		}
		return root.build();
	}

	/**
	 * The articles whose fields of one locale hold every part of the query, in any locale
	 * (the first field of a locale, the title, weighs more), scored with a recency boost
	 * measured from {@code origin}; in {@code perLocale}, the query of each locale (to
	 * tell which locales a hit matched in).
	 */
	static BooleanQuery.Builder matchingAnyLocale(Map<String, List<SearchQuery.Analysed>> query,
			java.util.function.Function<String, List<String>> fieldsOf, Instant origin, Map<String, Query> perLocale,
			ArticleVisibility.Findable findable) {
		BooleanQuery.Builder anyLocale = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
		query.forEach((locale, parts) -> {
			BooleanQuery.Builder every = new BooleanQuery.Builder();
			for (SearchQuery.Analysed part : parts) {
				every.add(clause(part, fieldsOf.apply(locale)), Occur.MUST);
			}
			if (!findable.draftTranslations()) {
				every.add(new TermQuery(new Term(ArticleDocuments.PUBLISHED_LOCALE, locale)), Occur.FILTER);
			}
			Query inLocale = every.build();
			perLocale.put(locale, inLocale);
			anyLocale.add(inLocale, Occur.SHOULD);
		});
		return new BooleanQuery.Builder().add(anyLocale.build(), Occur.MUST)
			.add(LongPoint.newDistanceFeatureQuery(ArticleDocuments.PUBLISHED_AT, RECENCY_WEIGHT, origin.toEpochMilli(),
					RECENCY_HALF_DAYS * 24 * 3600 * 1000), Occur.SHOULD);
	}

	/**
	 * A part in any of the fields, the first (the title) boosted when there are several.
	 */
	private static Query clause(SearchQuery.Analysed part, List<String> fields) {
		List<String> terms = part.terms();
		if (part.kind() == SearchQuery.Kind.PHRASE && terms.size() > 1) {
			return inFields(fields, field -> new PhraseQuery(field, terms.toArray(String[]::new)));
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		int words = (part.kind() == SearchQuery.Kind.PREFIX) ? terms.size() - 1 : terms.size();
		for (int i = 0; i < words; i++) {
			String term = terms.get(i);
			all.add(inFields(fields, field -> new TermQuery(new Term(field, term))), Occur.MUST);
		}
		if (part.kind() == SearchQuery.Kind.PREFIX) {
			String prefix = terms.get(terms.size() - 1);
			all.add(inFields(fields, field -> prefix(field, prefix)), Occur.MUST);
		}
		return all.build();
	}

	/**
	 * The words of a field that start with {@code prefix}, expanded to at most
	 * {@value #MAX_PREFIX_EXPANSIONS}, the most frequent.
	 */
	static PrefixQuery prefix(String field, String prefix) {
		PrefixQuery query = new PrefixQuery(new Term(field, prefix));
		query.setRewriteMethod(new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_PREFIX_EXPANSIONS));
		return query;
	}

	private static Query inFields(List<String> fields, java.util.function.Function<String, Query> query) {
		if (fields.size() == 1) {
			return query.apply(fields.get(0));
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		any.add(new BoostQuery(query.apply(fields.get(0)), TITLE_BOOST), Occur.SHOULD);
		for (String field : fields.subList(1, fields.size())) {
			any.add(query.apply(field), Occur.SHOULD);
		}
		return any.build();
	}

	/** Filters a query to what the article feature's rule lets a caller find. */
	static void visibility(BooleanQuery.Builder root, ArticleVisibility.Findable findable) {
		List<BytesRef> statuses = findable.statuses().stream().map(ArticleStatus::name).map(BytesRef::new).toList();
		root.add(new TermInSetQuery(ArticleDocuments.STATUS, statuses), Occur.FILTER);
		if (findable.publishedBy() != null) {
			root.add(LongPoint.newRangeQuery(ArticleDocuments.PUBLISHED_AT, Long.MIN_VALUE,
					findable.publishedBy().toEpochMilli()), Occur.FILTER);
		}
	}

	static Map<String, Weight> weights(IndexSearcher searcher, Map<String, Query> perLocale) throws IOException {
		Map<String, Weight> weights = new LinkedHashMap<>();
		for (Map.Entry<String, Query> entry : perLocale.entrySet()) {
			weights.put(entry.getKey(),
					searcher.createWeight(searcher.rewrite(entry.getValue()), ScoreMode.COMPLETE_NO_SCORES, 1f));
		}
		return weights;
	}

	/** The locales whose query a hit matches, in the order the query was analysed. */
	static List<String> matchedLocales(IndexSearcher searcher, Map<String, Weight> weights, ScoreDoc hit)
			throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
		int doc = hit.doc - leaf.docBase;
		List<String> matched = new ArrayList<>();
		for (Map.Entry<String, Weight> entry : weights.entrySet()) {
			Scorer scorer = entry.getValue().scorer(leaf);
			if (scorer != null && scorer.iterator().advance(doc) == doc) {
				matched.add(entry.getKey());
			}
		}
		return matched;
	}

}
