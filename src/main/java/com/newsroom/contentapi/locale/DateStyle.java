package com.newsroom.contentapi.locale;

import com.ibm.icu.text.DateFormat;

/** The CLDR date styles clients can ask for. */
public enum DateStyle {

	FULL(DateFormat.FULL), LONG(DateFormat.LONG), MEDIUM(DateFormat.MEDIUM), SHORT(DateFormat.SHORT);

	final int icuStyle;

	DateStyle(int icuStyle) {
		this.icuStyle = icuStyle;
	}

}
