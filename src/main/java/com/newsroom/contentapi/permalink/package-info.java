/**
 * The public addresses of articles, sections, tags and authors on the front-end, from the
 * configured patterns: the one place every URL the API gives (fields, hreflang
 * alternates, and later feeds, sitemaps and structured data) comes from. It knows no
 * feature: callers pass the slugs and dates.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.permalink;

import org.jspecify.annotations.NullMarked;
