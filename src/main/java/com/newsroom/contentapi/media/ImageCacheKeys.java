package com.newsroom.contentapi.media;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How images take part in response caching: an image served (a featured image, an
 * author's photo) is {@code image:<id>}, so that new texts or a new focal point purge the
 * responses that show it; a lookup that found no image is {@code images}; another
 * instance's writes to {@code images} arrive through the change stream.
 */
@Configuration(proxyBeanMethods = false)
class ImageCacheKeys {

	static final String IMAGE = "image:";

	static final String IMAGES = "images";

	static ContentChangedEvent changed(String imageId) {
		return ContentChangedEvent.of(IMAGE + imageId, IMAGES);
	}

	@Bean
	TypeKey missingImageKey() {
		return TypeKey.whenMissing("Image", IMAGES);
	}

	@Bean
	WatchedCollection watchedImages() {
		return new WatchedCollection("images", id -> Set.of(IMAGE + id, IMAGES));
	}

}
