package com.newsroom.contentapi.author;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.author.AuthorInputs.CreateAuthorInput;
import com.newsroom.contentapi.author.AuthorInputs.UpdateAuthorInput;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.media.Image;
import com.newsroom.contentapi.media.ImageFetchers;
import com.newsroom.contentapi.media.ImageView;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class AuthorController {

	private final AuthorService authors;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	private final ImageFetchers images;

	private final Permalinks permalinks;

	AuthorController(AuthorService authors, LocaleChainResolver localeChains, PagingProperties paging,
			ImageFetchers images, Permalinks permalinks) {
		this.images = images;
		this.permalinks = permalinks;
		this.authors = authors;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	@SchemaMapping(typeName = "Author")
	CompletableFuture<@Nullable ImageView> photo(AuthorView author, DataLoader<String, Image> images) {
		return this.images.image(author.author().photoId(), author.chain(), images);
	}

	/** The author's page on the front-end, in the locale of the name served. */
	@SchemaMapping(typeName = "Author")
	String url(AuthorView author) {
		return this.permalinks.author(author.locale(), author.slug(), author.id());
	}

	@QueryMapping
	@Nullable AuthorView author(@Argument String slug, @Argument @Nullable Locale locale, GraphQLContext context) {
		LocaleChain chain = this.localeChains.resolve(locale, context);
		return this.authors.findBySlug(slug).map(author -> AuthorView.of(author, chain)).orElse(null);
	}

	@QueryMapping
	Connection<AuthorView> authors(@Argument @Nullable Locale locale, @Argument @Nullable Integer first,
			@Argument @Nullable String after, GraphQLContext context) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return Connection
			.of(this.authors.list(this.localeChains.resolve(locale, context), page.position(), page.size()), page);
	}

	@SchemaMapping(typeName = "Author")
	@EditorsOnly
	@Nullable String email(AuthorView author) {
		return author.author().email();
	}

	@MutationMapping
	@EditorsOnly
	AuthorView createAuthor(@Argument @Valid CreateAuthorInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return AuthorView.of(this.authors.create(input, caller), this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@EditorsOnly
	AuthorView updateAuthor(@Argument String id, @Argument @Valid UpdateAuthorInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return AuthorView.of(this.authors.update(id, input, caller), this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@EditorsOnly
	String deleteAuthor(@Argument String id, @ContextValue Caller caller) {
		return this.authors.delete(id, caller);
	}

}
