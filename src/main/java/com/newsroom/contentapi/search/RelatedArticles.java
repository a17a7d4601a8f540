package com.newsroom.contentapi.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import org.springframework.stereotype.Component;

import com.newsroom.contentapi.article.ArticleVisibility;

/**
 * The published articles most like an article: Lucene's MoreLikeThis over the text of the
 * variant being read (its most distinctive words, in its language's fields, leaving out
 * words most of the archive has), each shared tag adding {@value #SHARED_TAG_BOOST} to
 * the score, never the article itself. The articles of a whole page are looked up
 * together, on one searcher.
 */
@Component
class RelatedArticles {

	static final float SHARED_TAG_BOOST = 2f;

	/**
	 * A word in more than one article in this many (and in more than
	 * {@value #MIN_COMMON_WORD_DOCS} articles) says little about what an article is
	 * about, and would make the search walk much of the archive: it is not looked for.
	 */
	static final int COMMON_WORD_SHARE = 10;

	static final int MIN_COMMON_WORD_DOCS = 50;

	private static final ArticleDocuments.PerLocaleAnalyzer ANALYZER = new ArticleDocuments.PerLocaleAnalyzer();

	private final LuceneIndex index;

	RelatedArticles(LuceneIndex index) {
		this.index = index;
	}

	/** An article as read: its id, the locale and text of the variant, its tags. */
	record Source(String articleId, String locale, String text, List<String> tagIds) {
	}

	/**
	 * For each source, the ids of up to {@code size} related published articles, best
	 * first.
	 */
	Map<Source, List<String>> find(List<Source> sources, int size, ArticleVisibility.Findable findable) {
		if (size <= 0) {
			Map<Source, List<String>> none = new LinkedHashMap<>();
			sources.forEach(source -> none.put(source, List.of()));
			return none;
		}
		return this.index.read(searcher -> {
			Map<Source, List<String>> related = new LinkedHashMap<>();
			for (Source source : sources) {
				related.put(source, related(searcher, source, size, findable));
			}
			return related;
		});
	}

	private static List<String> related(IndexSearcher searcher, Source source, int size,
			ArticleVisibility.Findable findable) throws IOException {
		MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
		like.setAnalyzer(ANALYZER);
		like.setFieldNames(ArticleDocuments.fieldsOf(source.locale()).toArray(String[]::new));
		like.setMinTermFreq(1);
		like.setMinDocFreq(1);
		like.setMaxQueryTerms(25);
		like.setMaxDocFreq(Math.max(MIN_COMMON_WORD_DOCS, searcher.getIndexReader().numDocs() / COMMON_WORD_SHARE));
		Query text = like.like(ArticleDocuments.bodyField(source.locale()), new StringReader(source.text()));
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.SHOULD);
		for (String tagId : source.tagIds()) {
			query.add(new BoostQuery(new TermQuery(new Term(ArticleDocuments.TAG, tagId)), SHARED_TAG_BOOST),
					Occur.SHOULD);
		}
		query.setMinimumNumberShouldMatch(1)
			.add(new TermQuery(new Term(ArticleDocuments.ID, source.articleId())), Occur.MUST_NOT);
		Ranking.visibility(query, findable);
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query.build(), size).scoreDocs) {
			ids.add(searcher.storedFields()
				.document(hit.doc, java.util.Set.of(ArticleDocuments.ID))
				.get(ArticleDocuments.ID));
		}
		return ids;
	}

}
