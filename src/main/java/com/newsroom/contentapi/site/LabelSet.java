package com.newsroom.contentapi.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The interface labels of one locale ({@code _id} is the locale tag): key → text, such as
 * {@code share} → "Partager".
 */
@Document("site_labels")
public record LabelSet(@Id String locale, Map<String, String> labels, @Nullable Instant updatedAt,
		@Version @Nullable Long version) {

	public LabelSet {
		labels = (labels != null) ? new LinkedHashMap<>(labels) : new LinkedHashMap<>();
	}

}
