/**
 * Locales: fallback chains, text direction, CLDR dates, the Locale scalar.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.locale;

import org.jspecify.annotations.NullMarked;
