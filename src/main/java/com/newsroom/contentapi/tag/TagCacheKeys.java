package com.newsroom.contentapi.tag;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How tags take part in response caching: a tag served is {@code tag:<id>}; a list of
 * tags, or a tag lookup that found nothing, is {@code tags}, so a new or renamed tag
 * purges it; another instance's writes to {@code tags} arrive through the change stream.
 */
@Configuration(proxyBeanMethods = false)
class TagCacheKeys {

	static final String TAG = "tag:";

	static final String TAGS = "tags";

	static ContentChangedEvent changed(String tagId) {
		return ContentChangedEvent.of(TAG + tagId, TAGS);
	}

	@Bean
	TypeKey tagConnectionKey() {
		return TypeKey.always("TagConnection", TAGS);
	}

	@Bean
	TypeKey missingTagKey() {
		return TypeKey.whenMissing("Tag", TAGS);
	}

	@Bean
	WatchedCollection watchedTags() {
		return new WatchedCollection("tags", id -> Set.of(TAG + id, TAGS));
	}

}
