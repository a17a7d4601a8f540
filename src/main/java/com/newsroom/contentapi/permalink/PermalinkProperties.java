package com.newsroom.contentapi.permalink;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Patterns of the front-end's addresses, per locale (the key {@code default} serves
 * locales without their own). Placeholders: {@code {locale}}, {@code {slug}},
 * {@code {id}}, and for articles {@code {section}} (the slug of its section; the segment
 * disappears when it has none), {@code {year}} and {@code {month}} (of publication, in
 * the configured time zone). Values are percent-encoded (Arabic slugs included).
 *
 * @param baseUrl the front-end's address ({@code https://www.example.ma}), which patterns
 * may use as {@code {base}}; empty gives paths
 * @param permalinks article pages
 * @param sectionPermalinks section pages
 * @param tagPermalinks tag pages
 * @param authorPermalinks author pages
 * @param searchPermalinks the search page, {@code {query}} standing for the words
 * searched (for the site's {@code SearchAction})
 */
@ConfigurationProperties("contentapi.site")
public record PermalinkProperties(@DefaultValue("") String baseUrl, @DefaultValue Map<String, String> permalinks,
		@DefaultValue Map<String, String> sectionPermalinks, @DefaultValue Map<String, String> tagPermalinks,
		@DefaultValue Map<String, String> authorPermalinks, @DefaultValue Map<String, String> searchPermalinks) {

	static final String DEFAULT = "default";

	public PermalinkProperties {
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		permalinks = withDefault(permalinks, "{base}/{locale}/{section}/{slug}");
		sectionPermalinks = withDefault(sectionPermalinks, "{base}/{locale}/{slug}");
		tagPermalinks = withDefault(tagPermalinks, "{base}/{locale}/tag/{slug}");
		authorPermalinks = withDefault(authorPermalinks, "{base}/{locale}/auteur/{slug}");
		searchPermalinks = withDefault(searchPermalinks, "{base}/{locale}/search?q={query}");
	}

	private static Map<String, String> withDefault(Map<String, String> patterns, String fallback) {
		Map<String, String> all = new java.util.LinkedHashMap<>(patterns);
		all.putIfAbsent(DEFAULT, fallback);
		return Map.copyOf(all);
	}

}
