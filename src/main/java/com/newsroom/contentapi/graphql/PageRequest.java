package com.newsroom.contentapi.graphql;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

import com.newsroom.contentapi.storage.ParentScroll;

/**
 * The Relay paging arguments of one list field, checked: either
 * {@code first}/{@code after} (forwards) or {@code last}/{@code before} (backwards),
 * never both, and never more than the configured maximum. The cursor becomes the Spring
 * Data scroll position that stores read from.
 */
public record PageRequest(int size, KeysetScrollPosition position) {

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
		String cursor = backward ? before : after;
		KeysetScrollPosition position;
		if (cursor != null) {
			position = Cursors.decode(backward ? "before" : "after", cursor, backward);
		}
		else {
			position = backward ? ScrollPosition.backward(java.util.Map.of()) : ScrollPosition.keyset();
		}
		return new PageRequest(size, position);
	}

	public boolean backward() {
		return this.position.scrollsBackward();
	}

	/** Whether the page starts after (or ends before) a cursor. */
	public boolean fromCursor() {
		return !this.position.isInitial();
	}

	/** The same page of the list under one parent (the comments of one article). */
	public ParentScroll under(String parentId) {
		if (backward()) {
			throw new IllegalArgumentException("lists under a parent page forward only");
		}
		return new ParentScroll(parentId, this.position, this.size);
	}

}
