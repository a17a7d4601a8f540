/**
 * The audit log of editorial changes.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.audit;

import org.jspecify.annotations.NullMarked;
