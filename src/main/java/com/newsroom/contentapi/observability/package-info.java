/**
 * Metrics settings.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.observability;

import org.jspecify.annotations.NullMarked;
