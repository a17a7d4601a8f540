package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.Query;

import org.springframework.stereotype.Component;

/**
 * How many of all the hits of a search have each tag, with Lucene's facet module over the
 * tags' doc values: one pass over the hits of {@link Ranking}'s query, only when a client
 * selects the facets.
 */
@Component
class TagFacets {

	/** At most this many tags are counted, the most frequent. */
	static final int MAX_TAG_COUNTS = 50;

	private final LuceneIndex index;

	TagFacets(LuceneIndex index) {
		this.index = index;
	}

	/**
	 * Tag id to count over every hit of a request (every page alike), most frequent
	 * first.
	 */
	Map<String, Integer> count(Ranking.Request request, Instant origin) {
		Query query = Ranking.query(request, origin, new LinkedHashMap<>());
		return this.index.read(searcher -> {
			Map<String, Integer> counts = new LinkedHashMap<>();
			SortedSetDocValuesReaderState state;
			try {
				state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), ArticleDocuments.FACETS);
			}
			catch (IllegalArgumentException noTagIndexedYet) {
				return counts;
			}
			FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
			FacetResult result = new SortedSetDocValuesFacetCounts(state, hits).getTopChildren(MAX_TAG_COUNTS,
					ArticleDocuments.TAG_FACET);
			if (result != null) {
				for (LabelAndValue tag : result.labelValues) {
					counts.put(tag.label, tag.value.intValue());
				}
			}
			return counts;
		});
	}

}
