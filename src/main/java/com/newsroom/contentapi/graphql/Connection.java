package com.newsroom.contentapi.graphql;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;

import com.newsroom.contentapi.storage.CountQuery;
import com.newsroom.contentapi.storage.Listing;

/**
 * A Relay connection built from a store's {@link Listing}. {@code totalCount} is not read
 * here: {@link TotalCounts} resolves it, for every connection of a response at once, only
 * when a client selects it, from the {@link CountQuery} the listing carried ({@code null}
 * for a list known to be empty).
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, @Nullable CountQuery total) {

	public static <T> Connection<T> of(Listing<T> listing, PageRequest page) {
		Window<T> window = listing.window();
		List<Edge<T>> edges = new java.util.ArrayList<>(window.size());
		for (int i = 0; i < window.size(); i++) {
			edges.add(new Edge<>(window.getContent().get(i), Cursors.encode(window.positionAt(i))));
		}
		boolean hasNext = page.backward() ? page.fromCursor() : window.hasNext();
		boolean hasPrevious = page.backward() ? window.hasNext() : page.fromCursor();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(List.copyOf(edges), new PageInfo(hasNext, hasPrevious, start, end), listing.total());
	}

	/** A list known to be empty without reading anything (a tag that does not exist). */
	public static <T> Connection<T> empty() {
		return new Connection<>(List.of(), new PageInfo(false, false, null, null), null);
	}

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
			@Nullable String endCursor) {
	}

}
