/**
 * RSS 2.0 and Atom feeds of the latest published translations, per locale, section and
 * tag, written with ROME, cached and purged like API responses.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.feed;

import org.jspecify.annotations.NullMarked;
