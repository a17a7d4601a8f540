package com.newsroom.contentapi.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The site's settings, one document ({@code _id} {@value #ID}): name and tagline per
 * locale, logo and default social image (image ids), the publisher, contact details,
 * social profiles. (The front-end's base URL is configuration:
 * {@code contentapi.site.base-url}.)
 */
@Document("site")
public record SiteSettings(@Id String id, Map<String, String> names, Map<String, String> taglines,
		@Nullable String logoImageId, @Nullable String socialImageId, @Nullable String publisherName,
		@Nullable String email, @Nullable String phone, List<SocialProfile> socialProfiles, @Nullable Instant updatedAt,
		@Nullable String updatedBy, @Version @Nullable Long version) {

	static final String ID = "settings";

	public SiteSettings {
		names = (names != null) ? new LinkedHashMap<>(names) : new LinkedHashMap<>();
		taglines = (taglines != null) ? new LinkedHashMap<>(taglines) : new LinkedHashMap<>();
		socialProfiles = (socialProfiles != null) ? List.copyOf(socialProfiles) : List.of();
	}

	/** Settings of a site nobody has configured yet. */
	static SiteSettings empty() {
		return new SiteSettings(ID, Map.of(), Map.of(), null, null, null, null, null, List.of(), null, null, null);
	}

	/**
	 * A profile of the site elsewhere: {@code kind} says where (x, facebook, youtube, …).
	 */
	public record SocialProfile(String kind, String url) {
	}

}
