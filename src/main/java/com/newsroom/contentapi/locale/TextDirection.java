package com.newsroom.contentapi.locale;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;

/**
 * Writing direction of a locale, from CLDR's likely script (Arabic, Hebrew, Persian,
 * Urdu… are RTL). Answers are kept per tag: every article of every list asks.
 */
public enum TextDirection {

	LTR, RTL;

	private static final Map<String, TextDirection> BY_TAG = new ConcurrentHashMap<>();

	public static TextDirection of(String tag) {
		return BY_TAG.computeIfAbsent(tag, t -> ULocale.forLanguageTag(t).isRightToLeft() ? RTL : LTR);
	}

}
