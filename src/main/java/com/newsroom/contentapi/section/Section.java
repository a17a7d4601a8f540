package com.newsroom.contentapi.section;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A section of the site: one slug (unique) for all languages, a name and a description
 * per locale, its parent ({@code null} at the top) and its position among its siblings.
 */
@Document("sections")
public record Section(@Id @Nullable String id, String slug, Map<String, String> names, Map<String, String> descriptions,
		@Nullable String parentId, int position, Instant createdAt, Instant updatedAt,
		@Version @Nullable Long version) {

	public Section {
		names = new LinkedHashMap<>(names);
		descriptions = (descriptions != null) ? new LinkedHashMap<>(descriptions) : new LinkedHashMap<>();
	}

	Section with(String slug, Map<String, String> names, Map<String, String> descriptions, @Nullable String parentId,
			int position, Instant updatedAt) {
		return new Section(this.id, slug, names, descriptions, parentId, position, this.createdAt, updatedAt,
				this.version);
	}

}
