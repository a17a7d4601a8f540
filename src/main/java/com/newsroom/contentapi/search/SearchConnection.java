package com.newsroom.contentapi.search;

import java.util.List;

import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.graphql.Connection;

/**
 * The GraphQL {@code SearchConnection}: ranked articles with their scores and highlights.
 * (Spring for GraphQL passes through values of classes whose name ends in
 * {@code Connection}.)
 */
record SearchConnection(List<Hit> edges, Connection.PageInfo pageInfo, int totalCount) {

	record Hit(String cursor, ArticleView node, double score, List<String> highlights) {
	}

}
