/**
 * Shared GraphQL pieces: errors and their codes, paging and cursors, scalars, query
 * limits, persisted documents, the GraphiQL page.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.graphql;

import org.jspecify.annotations.NullMarked;
