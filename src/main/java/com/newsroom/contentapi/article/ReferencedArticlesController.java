package com.newsroom.contentapi.article;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The articles under tags ({@code Tag.articles}, {@code Tag.articleCount}): the tag
 * package does not know articles, so the fields that join them live here, each loaded for
 * all tags of a response at once.
 */
@Controller
class TagArticlesController {

	/**
	 * The loader of {@code Tag.articles}: the lists of all tags of a response in one
	 * query per locale chain.
	 */
	static final String TAG_ARTICLES = "tagArticles";

	private final ArticleReader reader;

	private final PagingProperties paging;

	TagArticlesController(ArticleReader reader, PagingProperties paging, BatchLoaderRegistry loaders) {
		this.reader = reader;
		this.paging = paging;
		loaders.<ParentScroll, Listing<ArticleView>>forName(TAG_ARTICLES)
			.registerMappedBatchLoader(
					(keys, environment) -> Mono.fromSupplier(() -> tagArticles(keys, environment.getKeyContexts())));
	}

	/**
	 * Published articles per tag, for a whole list of tags in one aggregation (per locale
	 * chain).
	 */
	@BatchMapping(typeName = "Tag")
	Map<TagView, Long> articleCount(List<TagView> views) {
		Map<TagView, Long> result = new LinkedHashMap<>();
		views.stream().collect(Collectors.groupingBy(TagView::chain)).forEach((chain, sameChain) -> {
			Map<String, Long> counts = this.reader.publishedCountPerTag(sameChain.stream().map(TagView::id).toList(),
					chain);
			sameChain.forEach(view -> result.put(view, counts.getOrDefault(view.id(), 0L)));
		});
		return result;
	}

	/**
	 * A tag's published articles, newest first: the lists of every tag of a response are
	 * one query ({@link #TAG_ARTICLES}), grouped by what they are read through (the tag's
	 * locale chain, the fields selected).
	 */
	@SchemaMapping(typeName = "Tag")
	CompletableFuture<Connection<ArticleView>> articles(TagView tag, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataFetchingFieldSelectionSet selection,
			DataLoader<ParentScroll, Listing<ArticleView>> tagArticles) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return tagArticles
			.load(page.under(tag.id()),
					new TagListing(tag.chain(), ArticleReader.ListedFields.selectedIn(selection, false)))
			.thenApply(listing -> Connection.of(listing, page));
	}

	/**
	 * What the articles of a tag are read through; lists with the same are loaded
	 * together.
	 */
	private record TagListing(LocaleChain chain, ArticleReader.ListedFields listed) {
	}

	private Map<ParentScroll, Listing<ArticleView>> tagArticles(Set<ParentScroll> keys, Map<Object, Object> listings) {
		Map<ParentScroll, Listing<ArticleView>> pages = new HashMap<>();
		keys.stream()
			.collect(Collectors.groupingBy(key -> (TagListing) listings.get(key)))
			.forEach((listing, sameListing) -> pages
				.putAll(this.reader.listPerTag(Set.copyOf(sameListing), listing.chain(), listing.listed())));
		return pages;
	}

}
