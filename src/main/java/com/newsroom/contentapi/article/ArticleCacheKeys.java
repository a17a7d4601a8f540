package com.newsroom.contentapi.article;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.ContentSchedule;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;
import com.newsroom.contentapi.section.SectionCacheKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * How articles take part in response caching: an article served is {@code article:<id>};
 * a list of articles, or an article lookup that found nothing (a draft, a slug not yet
 * published), is {@code articles}, so that a new, published or deleted article purges it.
 * Every article change announces both; a reindex announces everything; a scheduled
 * article's time is the cache's next change; another instance's writes arrive through the
 * change stream.
 */
@Configuration(proxyBeanMethods = false)
public class ArticleCacheKeys {

	public static final String ARTICLE = "article:";

	public static final String ARTICLES = "articles";

	private final ApplicationEventPublisher events;

	ArticleCacheKeys(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * The article a key names ({@code article:<id>}), for features that follow changes by
	 * key.
	 */
	public static java.util.Optional<String> articleIdOf(String key) {
		return key.startsWith(ARTICLE) ? java.util.Optional.of(key.substring(ARTICLE.length()))
				: java.util.Optional.empty();
	}

	@EventListener
	void onArticleChanged(ArticleChangedEvent event) {
		this.events.publishEvent(ContentChangedEvent.of(ARTICLE + event.articleId(), ARTICLES));
	}

	/**
	 * A section moved (here or on another instance): lists of a section with its
	 * subsections may now hold other articles.
	 */
	@EventListener
	void onSectionsChanged(ContentChangedEvent event) {
		if (!event.all() && event.keys().contains(SectionCacheKeys.SECTIONS) && !event.keys().contains(ARTICLES)) {
			this.events.publishEvent(ContentChangedEvent.of(ARTICLES));
		}
	}

	@Bean
	TypeKey articleConnectionKey() {
		return TypeKey.always("ArticleConnection", ARTICLES);
	}

	@Bean
	TypeKey missingArticleKey() {
		return TypeKey.whenMissing("Article", ARTICLES);
	}

	@Bean
	WatchedCollection watchedArticles() {
		return new WatchedCollection("articles", id -> Set.of(ARTICLE + id, ARTICLES));
	}

	@Bean
	ContentSchedule scheduledArticles(ArticleVisibility visibility) {
		return visibility::nextChange;
	}

}
