/**
 * Full-text search over articles: analysis of the query, ranking, highlights.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.search;

import org.jspecify.annotations.NullMarked;
