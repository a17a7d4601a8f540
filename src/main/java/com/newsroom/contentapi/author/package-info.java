/**
 * Bylines: authors (staff and guests), their names, job titles and bios per locale, and
 * the in-memory author cache. The articles of an author live in the article package,
 * which refers to authors by id.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.author;

import org.jspecify.annotations.NullMarked;
