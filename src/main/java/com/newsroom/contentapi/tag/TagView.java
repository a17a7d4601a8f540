package com.newsroom.contentapi.tag;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

/**
 * A tag as one reader sees it: the name in the first locale of the reader's chain that
 * the tag has, or its first name. {@code chain} travels along so that nested fields
 * ({@code articles}) see the same locales.
 */
public record TagView(Tag tag, String locale, LocaleChain chain) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return TagCacheKeys.TAG + this.tag.id();
	}

	public static TagView of(Tag tag, LocaleChain chain) {
		String served = chain.pick(tag.names().keySet());
		if (served == null) {
			served = tag.names().isEmpty() ? chain.tags().get(0) : tag.names().keySet().iterator().next();
		}
		return new TagView(tag, served, chain);
	}

	public String id() {
		return this.tag.id();
	}

	public String slug() {
		return this.tag.slug();
	}

	public String name() {
		return this.tag.names().getOrDefault(this.locale, this.tag.slug());
	}

	public TextDirection direction() {
		return TextDirection.of(this.locale);
	}

}
