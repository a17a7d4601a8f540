package com.newsroom.contentapi.storage;

/**
 * A scroll position that does not belong to the list it was given to (a value of another
 * type than the list's sort field, a key the list does not sort by): the client's input
 * is wrong, nothing was read.
 */
public class InvalidScrollPosition extends IllegalArgumentException {

	public InvalidScrollPosition(String message) {
		super(message);
	}

}
