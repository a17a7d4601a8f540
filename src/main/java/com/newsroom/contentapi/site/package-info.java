/**
 * The site around the articles: its settings (name, tagline, logo, publisher, contact,
 * social profiles, the front-end's address), the interface labels front-ends show
 * ("Partager", "Poster un Commentaire") per locale, and navigation menus. All are read on
 * every page and kept in memory; admins change them.
 * <p>
 * Everything here is non-null unless annotated {@code @Nullable} (JSpecify).
 */
@NullMarked
package com.newsroom.contentapi.site;

import org.jspecify.annotations.NullMarked;
