package com.newsroom.contentapi.delivery;

import java.util.Set;
import java.util.function.Function;

/**
 * A MongoDB collection a feature builds responses from, and the surrogate keys a change
 * to one of its documents (by {@code _id}) touches. {@link ChangeStreamInvalidation}
 * watches every declared collection and turns other instances' writes into
 * {@link ContentChangedEvent}s. Features declare them as beans.
 */
public record WatchedCollection(String collection, Function<String, Set<String>> keysOf) {
}
