/**
 * Sections: the site's tree of sections (Politique → Maroc, International; Économie;
 * Culture), their names and descriptions per locale, and the in-memory tree every read
 * uses. The articles of a section live in the article package, which refers to sections
 * by id.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.section;

import org.jspecify.annotations.NullMarked;
