package com.newsroom.contentapi.author;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How authors take part in response caching: an author served (a byline included) is
 * {@code author:<id>}; a list of authors, or a lookup that found nothing, is
 * {@code authors}, so a new or renamed author purges it; another instance's writes to
 * {@code authors} arrive through the change stream.
 */
@Configuration(proxyBeanMethods = false)
class AuthorCacheKeys {

	static final String AUTHOR = "author:";

	static final String AUTHORS = "authors";

	static ContentChangedEvent changed(String authorId) {
		return ContentChangedEvent.of(AUTHOR + authorId, AUTHORS);
	}

	@Bean
	TypeKey authorConnectionKey() {
		return TypeKey.always("AuthorConnection", AUTHORS);
	}

	@Bean
	TypeKey missingAuthorKey() {
		return TypeKey.whenMissing("Author", AUTHORS);
	}

	@Bean
	WatchedCollection watchedAuthors() {
		return new WatchedCollection("authors", id -> Set.of(AUTHOR + id, AUTHORS));
	}

}
