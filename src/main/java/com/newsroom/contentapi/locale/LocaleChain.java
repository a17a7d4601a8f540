package com.newsroom.contentapi.locale;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a reader asked for and the supported locales to try, best first. Every read sees
 * content through one chain, so a lookup, a list and a count agree on which variant of an
 * article a reader gets.
 *
 * @param requested the locale the reader asked for (possibly unsupported); dates are
 * formatted in it
 * @param tags supported locales in order of preference; never empty, always ends with the
 * default
 */
public record LocaleChain(Locale requested, List<String> tags) {

	/**
	 * The first locale of this chain among {@code available}, or {@code null} if none is.
	 */
	/**
	 * The first locale of this chain among {@code available}, else the first available
	 * one (a text in another language serves better than none); {@code null} only when
	 * nothing is available.
	 */
	@Nullable public String pickOrFirst(Collection<String> available) {
		String picked = pick(available);
		return (picked != null || available.isEmpty()) ? picked : available.iterator().next();
	}

	@Nullable public String pick(Collection<String> available) {
		for (String tag : this.tags) {
			if (available.contains(tag)) {
				return tag;
			}
		}
		return null;
	}

}
