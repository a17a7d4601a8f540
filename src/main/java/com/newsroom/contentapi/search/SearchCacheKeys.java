package com.newsroom.contentapi.search;

import com.newsroom.contentapi.article.ArticleCacheKeys;
import com.newsroom.contentapi.delivery.TypeKey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Search results are a list of articles: any article change may add, drop or reorder
 * hits.
 */
@Configuration(proxyBeanMethods = false)
class SearchCacheKeys {

	@Bean
	TypeKey searchConnectionKey() {
		return TypeKey.always("SearchConnection", ArticleCacheKeys.ARTICLES);
	}

	@Bean
	TypeKey searchSuggestionKey() {
		return TypeKey.always("SearchSuggestion", ArticleCacheKeys.ARTICLES);
	}

}
