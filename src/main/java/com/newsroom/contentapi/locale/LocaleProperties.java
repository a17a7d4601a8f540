package com.newsroom.contentapi.locale;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The locales content can be written in, the default one, and extra fallbacks per locale
 * (BCP 47 tags).
 *
 * @param supported locales an article or tag may have a variant in
 * @param defaultLocale the last step of every fallback chain
 * @param fallbacks extra steps after a locale and its parents, e.g. {@code ar → fr}
 * @param timeZone the zone in which dates are formatted for display
 */
@ConfigurationProperties("contentapi.locales")
public record LocaleProperties(@DefaultValue( {
		"ar", "fr", "en" }) List<String> supported, @DefaultValue("fr") String defaultLocale,
		@DefaultValue Map<String, List<String>> fallbacks, @DefaultValue("UTC") String timeZone){
}
