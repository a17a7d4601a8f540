/**
 * Tags: names per locale, slugs, the in-memory tag cache.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.tag;

import org.jspecify.annotations.NullMarked;
