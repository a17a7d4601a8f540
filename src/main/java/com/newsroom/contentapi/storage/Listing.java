package com.newsroom.contentapi.storage;

import java.util.function.Function;

import org.springframework.data.domain.Window;

/**
 * A page of a list as a store reads it: the window of items (each with its scroll
 * position) and the query that counts the whole list, run only if someone asks.
 */
public record Listing<T>(Window<T> window, CountQuery total) {

	public <U> Listing<U> map(Function<? super T, ? extends U> mapper) {
		return new Listing<>(this.window.map(mapper), this.total);
	}

}
