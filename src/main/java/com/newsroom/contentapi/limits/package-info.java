/**
 * Rate limits shared by every instance of the service (counted in MongoDB), for features
 * to use.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.limits;

import org.jspecify.annotations.NullMarked;
