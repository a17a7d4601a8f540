/**
 * The sample content loaded into an empty database.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.sample;

import org.jspecify.annotations.NullMarked;
