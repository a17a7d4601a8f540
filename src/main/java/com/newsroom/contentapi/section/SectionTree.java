package com.newsroom.contentapi.section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.text.Slugs;

/**
 * All sections at one moment, as a tree: a site has tens of them, so every read (a
 * section's parent, children and path, the section of each listed article, the
 * subsections of a list) is answered from memory. Siblings are ordered by position, then
 * slug.
 */
public final class SectionTree {

	private static final Comparator<Section> SIBLING_ORDER = Comparator.comparingInt(Section::position)
		.thenComparing(Section::slug);

	private final Map<String, Section> byId = new HashMap<>();

	private final Map<String, Section> bySlug = new HashMap<>();

	private final Map<@Nullable String, List<Section>> children = new HashMap<>();

	SectionTree(Collection<Section> sections) {
		for (Section section : sections) {
			this.byId.put(section.id(), section);
			this.bySlug.put(section.slug(), section);
		}
		for (Section section : sections) {
			String parent = (section.parentId() != null && this.byId.containsKey(section.parentId()))
					? section.parentId() : null;
			this.children.computeIfAbsent(parent, key -> new ArrayList<>()).add(section);
		}
		this.children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
	}

	public @Nullable Section byId(String id) {
		return this.byId.get(id);
	}

	/** The section with this slug, as a client wrote it (case and accents ignored). */
	public @Nullable Section bySlug(String slug) {
		return this.bySlug.get(Slugs.forLookup(slug));
	}

	/** The children of a section, or the top-level sections for {@code null}. */
	public List<Section> children(@Nullable String parentId) {
		return this.children.getOrDefault(parentId, List.of());
	}

	public @Nullable Section parent(Section section) {
		return (section.parentId() != null) ? this.byId.get(section.parentId()) : null;
	}

	/** The section's ancestors from the top, then the section itself. */
	public List<Section> path(Section section) {
		Deque<Section> path = new ArrayDeque<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Section at = section; at != null && seen.add(at.id()); at = parent(at)) {
			path.addFirst(at);
		}
		return List.copyOf(path);
	}

	/** The ids of a section and of all the sections under it. */
	public Set<String> withDescendants(String sectionId) {
		Set<String> ids = new LinkedHashSet<>();
		Deque<String> toVisit = new ArrayDeque<>(List.of(sectionId));
		while (!toVisit.isEmpty()) {
			String id = toVisit.pop();
			if (ids.add(id)) {
				children(id).forEach(child -> toVisit.add(child.id()));
			}
		}
		return ids;
	}

	/** Whether {@code candidate} is {@code section} or one of the sections under it. */
	boolean isWithin(String candidate, String sectionId) {
		return withDescendants(sectionId).contains(candidate);
	}

}
