/**
 * schema.org structured data (JSON-LD) for front-ends to put in their pages:
 * {@code NewsArticle} for an article, {@code Organization} and {@code WebSite} for the
 * site. Every address in it comes from the permalink patterns and the image URLs.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.jsonld;

import org.jspecify.annotations.NullMarked;
