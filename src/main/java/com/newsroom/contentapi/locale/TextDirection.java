package com.newsroom.contentapi.locale;

import com.ibm.icu.util.ULocale;

/** Writing direction of a locale, from CLDR's likely script (Arabic, Hebrew, Persian, Urdu… are RTL). */
public enum TextDirection {

	LTR, RTL;

	public static TextDirection of(String tag) {
		return ULocale.forLanguageTag(tag).isRightToLeft() ? RTL : LTR;
	}

}
