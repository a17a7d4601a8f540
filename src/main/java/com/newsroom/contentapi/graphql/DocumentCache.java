package com.newsroom.contentapi.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated documents in a bounded Caffeine cache keyed by the query text, so that the few
 * queries front-ends send millions of times skip parsing and validation. Documents with errors are cached too:
 * an invalid query stays invalid.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache {

	@Bean
	GraphQlSourceBuilderCustomizer preparsedDocumentCache(GraphQlProperties properties) {
		Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
			.maximumSize(properties.documentCacheSize())
			.build();
		PreparsedDocumentProvider provider = new PreparsedDocumentProvider() {
			@Override
			public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
					Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
				return CompletableFuture
					.completedFuture(documents.get(input.getQuery(), query -> parseAndValidate.apply(input)));
			}
		};
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
	}

}
