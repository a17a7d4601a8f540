package com.newsroom.contentapi.site;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

/**
 * The site's settings as one reader sees them: name and tagline through the reader's
 * chain (else the first written); {@code locale} and {@code direction} are the name's.
 * The chain travels along for {@code labels} and the images.
 */
public record SiteView(SiteSettings settings, LocaleChain chain, String configuredBaseUrl) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return SiteCacheKeys.SITE + SiteSettings.ID;
	}

	public String name() {
		String name = served(this.settings.names());
		return (name != null) ? name : "";
	}

	public @Nullable String tagline() {
		return served(this.settings.taglines());
	}

	public String locale() {
		String picked = this.chain.pickOrFirst(this.settings.names().keySet());
		return (picked != null) ? picked : this.chain.tags().get(0);
	}

	public TextDirection direction() {
		return TextDirection.of(locale());
	}

	public @Nullable String publisherName() {
		return this.settings.publisherName();
	}

	public Contact contact() {
		return new Contact(this.settings.email(), this.settings.phone());
	}

	public List<SiteSettings.SocialProfile> socialProfiles() {
		return this.settings.socialProfiles();
	}

	/** The front-end's address, from configuration ({@code contentapi.site.base-url}). */
	public @Nullable String baseUrl() {
		return this.configuredBaseUrl.isEmpty() ? null : this.configuredBaseUrl;
	}

	/** How readers reach the newsroom. */
	public record Contact(@Nullable String email, @Nullable String phone) {
	}

	private @Nullable String served(Map<String, String> texts) {
		String locale = this.chain.pickOrFirst(texts.keySet());
		return (locale != null) ? texts.get(locale) : null;
	}

}
