package com.newsroom.contentapi.locale;

import java.util.List;

/** A supported locale as clients see it: its direction and where it falls back to. */
public record LocaleInfo(String tag, TextDirection direction, List<String> fallbacks, boolean isDefault) {
}
