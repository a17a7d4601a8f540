package com.newsroom.contentapi.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.locale.TextDirection;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.AdminsOnly;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

	private final SearchService search;

	private final SearchIndexer indexer;

	private final LuceneIndex index;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	SearchController(SearchService search, SearchIndexer indexer, LuceneIndex index, LocaleChainResolver localeChains,
			PagingProperties paging) {
		this.search = search;
		this.indexer = indexer;
		this.index = index;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	@QueryMapping
	SearchConnection search(@Argument String query, @Argument @Nullable Locale locale, @Argument @Nullable String tag,
			@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument Ranking.@Nullable Order orderBy, @Argument @Nullable Instant publishedAfter,
			@Argument @Nullable Instant publishedBefore, @ContextValue Caller caller, GraphQLContext context,
			DataFetchingFieldSelectionSet selection) {
		int size = PageRequest.forward(this.paging, first, null).size();
		SearchService.Filters filters = new SearchService.Filters(tag, publishedAfter, publishedBefore,
				(orderBy != null) ? orderBy : Ranking.Order.RELEVANCE);
		return this.search.search(query, this.localeChains.resolve(locale, context), filters, size, after, caller,
				ArticleReader.ListedFields.selectedIn(selection, selection.contains("edges/highlights")));
	}

	@QueryMapping
	List<Suggestions.Suggestion> searchSuggestions(@Argument String prefix, @Argument @Nullable Locale locale,
			@Argument @Nullable Integer first, GraphQLContext context) {
		return this.search.suggest(prefix, this.localeChains.resolve(locale, context), (first != null) ? first : 5);
	}

	@SchemaMapping(typeName = "SearchSuggestion")
	TextDirection direction(Suggestions.Suggestion suggestion) {
		return TextDirection.of(suggestion.locale());
	}

	/** Counted over all the hits, only when a client selects them. */
	@SchemaMapping(typeName = "SearchConnection")
	SearchConnection.Facets facets(SearchConnection connection) {
		return this.search.facets(connection);
	}

	@MutationMapping
	@AdminsOnly
	int reindexSearch(@ContextValue Caller caller) {
		return (int) Math.min(Integer.MAX_VALUE, this.indexer.rebuild().total());
	}

	@QueryMapping
	@AdminsOnly
	SearchIndexStatus searchIndex(@ContextValue Caller caller) {
		SearchIndexer.Progress progress = this.indexer.progress();
		return new SearchIndexStatus(this.index.size(), this.index.sizeInBytes(), progress.state(),
				(int) progress.total(), (int) progress.processed(), progress.startedAt(), progress.finishedAt());
	}

	/** The GraphQL {@code SearchIndexStatus}. */
	record SearchIndexStatus(int articles, long sizeBytes, String rebuild, int rebuildTotal, int rebuildProcessed,
			java.time.@Nullable Instant rebuildStartedAt, java.time.@Nullable Instant rebuildFinishedAt) {
	}

}
