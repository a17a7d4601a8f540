package com.newsroom.contentapi.locale;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.stereotype.Component;

/**
 * Formats dates with ICU4J's CLDR data, which knows regional variants the JDK may not
 * (Moroccan Arabic month names: {@code 23 نونبر 2021}) and each locale's numbering
 * system. Formatters are built once per locale and style, and cloned per use because ICU
 * formatters are not thread-safe.
 */
@Component
public class LocalizedDates {

	private final TimeZone zone;

	private final Map<String, DateFormat> formats = new ConcurrentHashMap<>();

	public LocalizedDates(LocaleCatalog catalog) {
		this.zone = TimeZone.getTimeZone(catalog.timeZone().getId());
	}

	public String format(Instant instant, Locale locale, DateStyle style) {
		String key = locale.toLanguageTag() + "/" + style;
		DateFormat prototype = this.formats.computeIfAbsent(key, k -> {
			DateFormat format = DateFormat.getDateInstance(style.icuStyle, ULocale.forLocale(locale));
			format.setTimeZone(this.zone);
			return format;
		});
		return ((DateFormat) prototype.clone()).format(Date.from(instant));
	}

}
