/**
 * Articles: documents, store, reading through locale chains, the one write path,
 * publishing, revisions, the trash, preview links.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.article;

import org.jspecify.annotations.NullMarked;
