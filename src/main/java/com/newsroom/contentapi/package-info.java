/**
 * The content API: a Spring Boot service serving articles, tags and comments from MongoDB
 * through GraphQL. Each feature has its own package; {@code delivery}, {@code graphql}
 * and {@code storage} are shared mechanisms that import no feature.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi;

import org.jspecify.annotations.NullMarked;
