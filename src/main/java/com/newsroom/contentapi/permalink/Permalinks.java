package com.newsroom.contentapi.permalink;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.LocaleCatalog;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The front-end's address of a page, from {@link PermalinkProperties}: an article in a
 * locale ({@code https://www.example.ma/fr/politique/le-budget}), a section, a tag, an
 * author. Substituted values are percent-encoded as path segments, so an Arabic slug
 * gives a valid URL; an empty {@code {section}} segment is dropped.
 */
@Component
public class Permalinks {

	private final PermalinkProperties properties;

	private final ZoneId timeZone;

	Permalinks(PermalinkProperties properties, LocaleCatalog locales) {
		this.properties = properties;
		this.timeZone = locales.timeZone();
	}

	/** The front-end's base URL; empty when not configured (addresses are then paths). */
	public String baseUrl() {
		return this.properties.baseUrl();
	}

	public String article(String locale, String slug, String id, @Nullable String sectionSlug,
			@Nullable Instant publishedAt) {
		ZonedDateTime published = (publishedAt != null) ? publishedAt.atZone(this.timeZone) : null;
		String pattern = pattern(this.properties.permalinks(), locale);
		return fill(pattern, locale, slug, id).replace("{section}", encode(sectionSlug))
			.replace("{year}", (published != null) ? Integer.toString(published.getYear()) : "")
			.replace("{month}", (published != null) ? String.format("%02d", published.getMonthValue()) : "")
			.replaceAll("(?<!:)/{2,}", "/");
	}

	public String section(String locale, String slug, String id) {
		return fill(pattern(this.properties.sectionPermalinks(), locale), locale, slug, id);
	}

	public String tag(String locale, String slug, String id) {
		return fill(pattern(this.properties.tagPermalinks(), locale), locale, slug, id);
	}

	public String author(String locale, String slug, String id) {
		return fill(pattern(this.properties.authorPermalinks(), locale), locale, slug, id);
	}

	/**
	 * The search page with {@code placeholder} where the words go (such as
	 * {@code {search_term_string}} for schema.org's {@code SearchAction}).
	 */
	public String search(String locale, String placeholder) {
		return pattern(this.properties.searchPermalinks(), locale).replace("{base}", this.properties.baseUrl())
			.replace("{locale}", encode(locale))
			.replace("{query}", placeholder);
	}

	private String fill(String pattern, String locale, String slug, String id) {
		return pattern.replace("{base}", this.properties.baseUrl())
			.replace("{locale}", encode(locale))
			.replace("{slug}", encode(slug))
			.replace("{id}", encode(id));
	}

	private static String pattern(Map<String, String> patterns, String locale) {
		String pattern = patterns.get(locale);
		return (pattern != null) ? pattern : patterns.get(PermalinkProperties.DEFAULT);
	}

	private static String encode(@Nullable String value) {
		return (value != null) ? UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8) : "";
	}

}
