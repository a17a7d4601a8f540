package com.newsroom.contentapi.tag;

import java.util.Locale;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;
import com.newsroom.contentapi.tag.TagInputs.CreateTagInput;
import com.newsroom.contentapi.tag.TagInputs.UpdateTagInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class TagController {

	private final TagService tags;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	private final Permalinks permalinks;

	TagController(TagService tags, LocaleChainResolver localeChains, PagingProperties paging, Permalinks permalinks) {
		this.permalinks = permalinks;
		this.tags = tags;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	/** The tag's page on the front-end, in the locale of the name served. */
	@SchemaMapping(typeName = "Tag")
	String url(TagView tag) {
		return this.permalinks.tag(tag.locale(), tag.slug(), tag.id());
	}

	@QueryMapping
	TagView tag(@Argument String slug, @Argument @Nullable Locale locale, GraphQLContext context) {
		LocaleChain chain = this.localeChains.resolve(locale, context);
		return this.tags.findBySlug(slug).map(tag -> TagView.of(tag, chain)).orElse(null);
	}

	@QueryMapping
	Connection<TagView> tags(@Argument @Nullable Locale locale, @Argument @Nullable Integer first,
			@Argument @Nullable String after, GraphQLContext context) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return Connection.of(this.tags.list(this.localeChains.resolve(locale, context), page.position(), page.size()),
				page);
	}

	@MutationMapping
	@EditorsOnly
	TagView createTag(@Argument @Valid CreateTagInput input, @ContextValue Caller caller, GraphQLContext context) {
		return TagView.of(this.tags.create(input, caller), this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@EditorsOnly
	TagView updateTag(@Argument String id, @Argument @Valid UpdateTagInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return TagView.of(this.tags.update(id, input, caller), this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@EditorsOnly
	String deleteTag(@Argument String id, @ContextValue Caller caller) {
		return this.tags.delete(id, caller);
	}

}
