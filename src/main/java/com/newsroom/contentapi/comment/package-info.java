/**
 * Comments: the public challenge, spam scoring, Akismet, rate limits, moderation, known
 * authors.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.comment;

import org.jspecify.annotations.NullMarked;
