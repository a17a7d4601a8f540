package com.newsroom.contentapi.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Published when an admin changes the site's settings, a locale's labels or a menu, for
 * the audit log: {@code summary} says what changed, old and new values included.
 */
public record SiteChangedEvent(String action, String target, String summary, @Nullable String actor, Instant at) {
}
