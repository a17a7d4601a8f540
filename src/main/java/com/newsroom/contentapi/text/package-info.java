/**
 * Text rules shared by features: slugs, language analysis (Lucene), HTML sanitising,
 * digests.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.text;

import org.jspecify.annotations.NullMarked;
