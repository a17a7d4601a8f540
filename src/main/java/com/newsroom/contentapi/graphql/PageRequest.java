package com.newsroom.contentapi.graphql;

import org.jspecify.annotations.Nullable;

/**
 * The Relay paging arguments of one list field, checked: either
 * {@code first}/{@code after} (forwards) or {@code last}/{@code before} (backwards),
 * never both, and never more than the configured maximum.
 */
public record PageRequest(int size, boolean backward, @Nullable Cursor cursor) {

	public static PageRequest forward(PagingProperties paging, @Nullable Integer first, @Nullable String after) {
		return of(paging, first, after, null, null);
	}

	public static PageRequest of(PagingProperties paging, @Nullable Integer first, @Nullable String after,
			@Nullable Integer last, @Nullable String before) {
		if (first != null && last != null) {
			throw ApiException.badInput("last", "use either first/after or last/before, not both");
		}
		if (after != null && before != null) {
			throw ApiException.badInput("before", "use either after or before, not both");
		}
		boolean backward = last != null || before != null;
		String sizeArgument = backward ? "last" : "first";
		Integer requested = backward ? last : first;
		int size = (requested != null) ? requested : paging.defaultSize();
		if (size < 0) {
			throw ApiException.badInput(sizeArgument, "must not be negative");
		}
		if (size > paging.maxSize()) {
			throw ApiException.badInput(sizeArgument, "at most " + paging.maxSize() + " items per page");
		}
		String cursorArgument = backward ? "before" : "after";
		String cursor = backward ? before : after;
		return new PageRequest(size, backward, (cursor != null) ? Cursor.decode(cursorArgument, cursor) : null);
	}

}
