package com.newsroom.contentapi.article;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.security.AdminsOnly;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The trash of the schema: deleting (to the trash), listing and restoring for editors,
 * purging for admins.
 */
@Controller
class ArticleTrashController {

	private final ArticleTrash trash;

	private final ArticleReader reader;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	ArticleTrashController(ArticleTrash trash, ArticleReader reader, LocaleChainResolver localeChains,
			PagingProperties paging) {
		this.trash = trash;
		this.reader = reader;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	@MutationMapping
	@EditorsOnly
	String deleteArticle(@Argument String id, @ContextValue Caller caller) {
		return this.trash.trash(id, caller).getId();
	}

	@MutationMapping
	@EditorsOnly
	ArticleView restoreArticle(@Argument String id, @ContextValue Caller caller, GraphQLContext context) {
		return ArticleView.of(this.trash.restore(id, caller), this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@AdminsOnly
	String purgeArticle(@Argument String id, @ContextValue Caller caller) {
		return this.trash.purge(id, caller);
	}

	@QueryMapping
	@EditorsOnly
	Connection<ArticleView> trashedArticles(@Argument @Nullable Integer first, @Argument @Nullable String after,
			GraphQLContext context, DataFetchingFieldSelectionSet selection) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return Connection.of(this.reader.trash(this.localeChains.resolve(null, context), page.position(), page.size(),
				selection.contains("edges/node/body")), page);
	}

}
