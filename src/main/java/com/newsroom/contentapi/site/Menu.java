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
 * A navigation menu ({@code _id} is its name, such as {@code main} or {@code footer}):
 * entries in order, each with its label per locale and what it leads to, nested one
 * level.
 */
@Document("site_menus")
public record Menu(@Id String name, List<Item> items, @Nullable Instant updatedAt, @Version @Nullable Long version) {

	public Menu {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** What an entry leads to. */
	public enum TargetKind {

		SECTION, ARTICLE, TAG, URL

	}

	/**
	 * One entry: {@code target} is a section, article or tag id, or an address; children
	 * only at the first level.
	 */
	public record Item(Map<String, String> labels, TargetKind kind, String target, List<Item> children) {

		public Item {
			labels = (labels != null) ? new LinkedHashMap<>(labels) : new LinkedHashMap<>();
			children = (children != null) ? List.copyOf(children) : List.of();
		}

	}

}
