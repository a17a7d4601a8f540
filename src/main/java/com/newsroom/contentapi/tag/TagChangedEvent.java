package com.newsroom.contentapi.tag;

import org.springframework.lang.Nullable;

/**
 * Published after a tag is created, changed or deleted, so that caches holding it can let go. A {@code null} id
 * means some tag changed but which one is not known (another instance's write, seen in a change stream event that
 * does not name the document): caches drop every tag.
 */
public record TagChangedEvent(@Nullable String tagId) {

	public static TagChangedEvent unknownTag() {
		return new TagChangedEvent(null);
	}

}
