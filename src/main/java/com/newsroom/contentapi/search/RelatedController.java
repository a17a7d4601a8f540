package com.newsroom.contentapi.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;

/**
 * {@code Article.related}: the related articles of every article of a response are found
 * together (one searcher for the page) and read from MongoDB in one command, without the
 * bodies unless selected.
 */
@Controller
class RelatedController {

	static final String RELATED = "relatedArticles";

	static final int MAX_RELATED = 20;

	private final RelatedArticles related;

	private final ArticleSearchPort articles;

	RelatedController(RelatedArticles related, ArticleSearchPort articles, BatchLoaderRegistry loaders) {
		this.related = related;
		this.articles = articles;
		loaders.<Wanted, List<ArticleView>>forName(RELATED)
			.registerMappedBatchLoader((wanted, environment) -> Mono.fromSupplier(() -> load(wanted)));
	}

	/**
	 * An article as read, how many related articles it asks for, and what of them it
	 * reads beyond the served translation's fields.
	 */
	record Wanted(ArticleView article, int first, ArticleReader.ListedFields listed) {
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<List<ArticleView>> related(ArticleView article, @Argument @Nullable Integer first,
			DataFetchingFieldSelectionSet selection, DataLoader<Wanted, List<ArticleView>> relatedArticles) {
		int size = (first != null) ? first : 5;
		if (size < 0 || size > MAX_RELATED) {
			throw ApiException.badInput("first", "from 0 to " + MAX_RELATED + " related articles");
		}
		// every translation stays: a related article is served through the reader's
		// chain,
		// or in its original language; their own related articles need the plain text
		return relatedArticles.load(new Wanted(article, size,
				new ArticleReader.ListedFields(selection.contains("body"), true, selection.contains("related"))));
	}

	private Map<Wanted, List<ArticleView>> load(Set<Wanted> wanted) {
		Map<Wanted, List<String>> ids = new HashMap<>();
		wanted.stream().collect(Collectors.groupingBy(Wanted::first)).forEach((size, sameSize) -> {
			Map<Wanted, RelatedArticles.Source> sources = new HashMap<>();
			sameSize.forEach(each -> sources.put(each, source(each.article())));
			Map<RelatedArticles.Source, List<String>> found = this.related.find(List.copyOf(sources.values()), size,
					this.articles.findableBy(Caller.ANONYMOUS));
			sameSize.forEach(each -> ids.put(each, found.getOrDefault(sources.get(each), List.of())));
		});
		Set<String> all = ids.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, Article> byId = new HashMap<>();
		if (!all.isEmpty()) {
			ArticleReader.ListedFields listed = new ArticleReader.ListedFields(
					wanted.stream().anyMatch(each -> each.listed().bodies()), true,
					wanted.stream().anyMatch(each -> each.listed().plainText()));
			this.articles.findAllById(all, List.of(), listed, this.articles.findableBy(Caller.ANONYMOUS))
				.forEach(article -> byId.put(article.getId(), article));
		}
		Map<Wanted, List<ArticleView>> views = new HashMap<>();
		ids.forEach((each, relatedIds) -> {
			List<ArticleView> list = new ArrayList<>();
			for (String id : relatedIds) {
				Article article = byId.get(id);
				if (article != null) {
					list.add(ArticleView.of(article, each.article().chain()));
				}
			}
			views.put(each, list);
		});
		return views;
	}

	private static RelatedArticles.Source source(ArticleView article) {
		String body = (article.served().bodyText() != null) ? article.served().bodyText() : "";
		String text = String.join("\n", article.title(), article.excerpt(), body);
		return new RelatedArticles.Source(article.id(), article.locale(), text, article.article().getTagIds());
	}

}
