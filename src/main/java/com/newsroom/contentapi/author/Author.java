package com.newsroom.contentapi.author;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An author of bylines: a staff journalist or a guest (an author needs no API token). One
 * slug (unique) for all languages; name, job title and bio per locale; an email address
 * for editors only; links to the author's pages elsewhere; a photo (an image id).
 */
@Document("authors")
public record Author(@Id @Nullable String id, String slug, Map<String, String> names, Map<String, String> titles,
		Map<String, String> bios, @Nullable String email, List<Link> links, @Nullable String photoId, Instant createdAt,
		Instant updatedAt, @Version @Nullable Long version) {

	public Author {
		names = new LinkedHashMap<>(names);
		titles = (titles != null) ? new LinkedHashMap<>(titles) : new LinkedHashMap<>();
		bios = (bios != null) ? new LinkedHashMap<>(bios) : new LinkedHashMap<>();
		links = (links != null) ? List.copyOf(links) : List.of();
	}

	/** A page of the author's elsewhere: {@code kind} says what it is (website, x, …). */
	public record Link(String kind, String url) {
	}

	Author with(String slug, Map<String, String> names, Map<String, String> titles, Map<String, String> bios,
			@Nullable String email, List<Link> links, @Nullable String photoId, Instant updatedAt) {
		return new Author(this.id, slug, names, titles, bios, email, links, photoId, this.createdAt, updatedAt,
				this.version);
	}

}
