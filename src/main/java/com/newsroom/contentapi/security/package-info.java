/**
 * Callers: API tokens, their resolution on every request, roles and the annotations that
 * check them, secrets.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.security;

import org.jspecify.annotations.NullMarked;
