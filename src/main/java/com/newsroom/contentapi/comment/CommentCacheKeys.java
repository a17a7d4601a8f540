package com.newsroom.contentapi.comment;

import java.util.Set;

import com.newsroom.contentapi.article.ArticleCacheKeys;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * How comments take part in response caching: a comment served is {@code comment:<id>};
 * an approved or moderated comment changes its article's comment count and thread, so it
 * announces {@code article:<id>} too. Another instance's comment counts arrive through
 * the change stream of {@code comment_counts} (keyed by article).
 */
@Configuration(proxyBeanMethods = false)
class CommentCacheKeys {

	static final String COMMENT = "comment:";

	private final ApplicationEventPublisher events;

	CommentCacheKeys(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void onCommentModerated(CommentModeratedEvent event) {
		this.events.publishEvent(
				ContentChangedEvent.of(ArticleCacheKeys.ARTICLE + event.articleId(), COMMENT + event.commentId()));
	}

	@EventListener
	void onCommentPosted(CommentPostedEvent event) {
		if (event.approved()) {
			this.events.publishEvent(ContentChangedEvent.of(ArticleCacheKeys.ARTICLE + event.articleId()));
		}
	}

	@Bean
	WatchedCollection watchedCommentCounts() {
		return new WatchedCollection("comment_counts", articleId -> Set.of(ArticleCacheKeys.ARTICLE + articleId));
	}

}
