package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.List;

import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.tag.TagView;

import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code SearchConnection}: ranked articles with their scores and highlights.
 * (Spring for GraphQL passes through values of classes whose name ends in
 * {@code Connection}.)
 */
record SearchConnection(List<Hit> edges, Connection.PageInfo pageInfo, int totalCount, @Nullable Counting counting) {

	/**
	 * What the facets of this search count over, when there were hits: the request and
	 * the instant recency was measured from, and the chain tags are named in.
	 */
	record Counting(Ranking.Request request, Instant origin, LocaleChain chain) {
	}

	/** The GraphQL {@code SearchFacets}. */
	record Facets(List<TagCount> tags) {
	}

	/** The GraphQL {@code TagCount}. */
	record TagCount(TagView tag, int count) {
	}

	record Hit(String cursor, ArticleView node, double score, List<String> highlights) {
	}

}
