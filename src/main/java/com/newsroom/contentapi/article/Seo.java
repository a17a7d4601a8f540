package com.newsroom.contentapi.article;

import org.jspecify.annotations.Nullable;

/**
 * Search-engine title and description of one translation; empty values fall back to title
 * and excerpt.
 */
public record Seo(@Nullable String title, @Nullable String description) {
}
