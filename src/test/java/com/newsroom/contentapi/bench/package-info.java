/**
 * Benchmarks, run on demand rather than in the build, and the sample content they share
 * with {@code bench/}.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.bench;

import org.jspecify.annotations.NullMarked;
