package com.newsroom.contentapi.section;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How sections take part in response caching: a section served is {@code section:<id>},
 * and every response that shows a section also carries {@code sections}: a section's
 * parent, children and path are read from the whole tree, which any section change may
 * reorder, and sections change rarely. Another instance's writes to {@code sections}
 * arrive through the change stream.
 */
@Configuration(proxyBeanMethods = false)
public class SectionCacheKeys {

	static final String SECTION = "section:";

	public static final String SECTIONS = "sections";

	static ContentChangedEvent changed(String sectionId) {
		return ContentChangedEvent.of(SECTION + sectionId, SECTIONS);
	}

	@Bean
	TypeKey sectionKey() {
		return TypeKey.always("Section", SECTIONS);
	}

	@Bean
	TypeKey missingSectionKey() {
		return TypeKey.whenMissing("Section", SECTIONS);
	}

	@Bean
	WatchedCollection watchedSections() {
		return new WatchedCollection("sections", id -> Set.of(SECTION + id, SECTIONS));
	}

}
