/**
 * GraphQL over HTTP: reading requests, the response cache and its keys, HTTP caching
 * headers, change streams. Features declare their cache keys through its small API; it
 * imports no feature.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.delivery;

import org.jspecify.annotations.NullMarked;
