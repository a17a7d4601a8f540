/**
 * The embedded MongoDB (mongo-java-server) for development and tests, durability
 * settings, health.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.storage;

import org.jspecify.annotations.NullMarked;
