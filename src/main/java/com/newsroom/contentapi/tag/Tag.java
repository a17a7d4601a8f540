package com.newsroom.contentapi.tag;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.jspecify.annotations.Nullable;

/** A tag: one slug (unique) shared by all languages, and a display name per locale. */
@Document("tags")
public record Tag(@Id @Nullable String id, String slug, Map<String, String> names, Instant createdAt, Instant updatedAt,
		@Version @Nullable Long version) {

	public Tag {
		names = new LinkedHashMap<>(names);
	}

	Tag with(String slug, Map<String, String> names, Instant updatedAt) {
		return new Tag(this.id, slug, names, this.createdAt, updatedAt, this.version);
	}

}
