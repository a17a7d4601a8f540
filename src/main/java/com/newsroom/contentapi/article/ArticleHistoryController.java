package com.newsroom.contentapi.article;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import com.newsroom.contentapi.security.EditorsOnly;

import org.jspecify.annotations.Nullable;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Revision history of articles, for editors: listing, reading, comparing and restoring
 * revisions.
 */
@Controller
class ArticleHistoryController {

	/**
	 * The loader of {@code Article.revisions}: the histories of all articles of a
	 * response in one query.
	 */
	static final String ARTICLE_REVISIONS = "articleRevisions";

	private final ArticleRevisions revisions;

	private final ArticleService articles;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	ArticleHistoryController(ArticleRevisions revisions, ArticleService articles, LocaleChainResolver localeChains,
			PagingProperties paging, BatchLoaderRegistry loaders) {
		loaders.<ParentScroll, Listing<ArticleRevision>>forName(ARTICLE_REVISIONS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> revisions.histories(keys)));
		this.revisions = revisions;
		this.articles = articles;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	@SchemaMapping(typeName = "Article")
	@EditorsOnly
	CompletableFuture<Connection<ArticleRevision>> revisions(ArticleView article, @Argument @Nullable Integer first,
			@Argument @Nullable String after, @ContextValue Caller caller,
			DataLoader<ParentScroll, Listing<ArticleRevision>> articleRevisions) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return articleRevisions.load(page.under(article.id())).thenApply(listing -> Connection.of(listing, page));
	}

	@QueryMapping
	@EditorsOnly
	ArticleRevision revision(@Argument String id, @ContextValue Caller caller) {
		return this.revisions.findById(id).orElse(null);
	}

	@QueryMapping
	@EditorsOnly
	RevisionDiff compareRevisions(@Argument String a, @Argument String b, @ContextValue Caller caller) {
		ArticleRevision from = this.revisions.findById(a).orElseThrow(() -> ApiException.notFound("No revision " + a));
		ArticleRevision to = this.revisions.findById(b).orElseThrow(() -> ApiException.notFound("No revision " + b));
		if (!from.articleId().equals(to.articleId())) {
			throw ApiException.badInput("b", "both revisions must be of the same article");
		}
		return RevisionDiff.between(from, to);
	}

	@MutationMapping
	@EditorsOnly
	ArticleView restoreRevision(@Argument String articleId, @Argument String revisionId, @Argument long expectedVersion,
			@ContextValue Caller caller, GraphQLContext context) {
		return ArticleView.of(this.articles.restoreRevision(articleId, revisionId, expectedVersion, caller),
				this.localeChains.resolve(null, context));
	}

	@SchemaMapping(typeName = "RevisionContent")
	List<ArticleRevision.Source> translations(ArticleRevision.Content content) {
		return List.copyOf(content.translations().values());
	}

}
