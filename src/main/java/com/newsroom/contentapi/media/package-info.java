/**
 * Images: uploads (multipart HTTP, stored in GridFS, deduplicated by SHA-256), their
 * texts per locale, renditions resized on first request and served immutable, and the
 * bounded pool all decoding runs on. Articles and authors refer to images by id.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.media;

import org.jspecify.annotations.NullMarked;
