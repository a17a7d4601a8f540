package com.newsroom.contentapi.locale;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;

import com.newsroom.contentapi.graphql.ApiException;

import org.springframework.stereotype.Component;

/**
 * The configured locales and the rule that turns what a reader asks for into a
 * {@link LocaleChain}: the tags asked for, their parents by truncation
 * ({@code ar-MA → ar}), the configured fallbacks of all of those (transitively), then the
 * default locale; only supported locales are kept. The configuration is checked at
 * start-up so that a typo fails fast instead of silently serving the default.
 */
@Component
public class LocaleCatalog {

	private final List<String> supported;

	private final String defaultTag;

	private final Map<String, List<String>> fallbacks = new LinkedHashMap<>();

	private final ZoneId timeZone;

	private final List<LocaleInfo> infos;

	public LocaleCatalog(LocaleProperties properties) {
		this.supported = properties.supported().stream().map(tag -> canonical(tag, "supported")).distinct().toList();
		this.defaultTag = canonical(properties.defaultLocale(), "default-locale");
		if (!this.supported.contains(this.defaultTag)) {
			throw new IllegalStateException("contentapi.locales.default-locale '" + this.defaultTag
					+ "' must be one of contentapi.locales.supported " + this.supported);
		}
		properties.fallbacks()
			.forEach((from, to) -> this.fallbacks.put(canonical(from, "fallbacks"),
					to.stream().map(tag -> canonical(tag, "fallbacks")).toList()));
		this.timeZone = ZoneId.of(properties.timeZone());
		this.infos = this.supported.stream().map(this::info).toList();
	}

	private static String canonical(String tag, String property) {
		try {
			return LocaleTags.parse(tag).toLanguageTag();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("contentapi.locales." + property + ": " + ex.getMessage());
		}
	}

	private LocaleInfo info(String tag) {
		List<String> chain = chain(List.of(Locale.forLanguageTag(tag))).tags();
		return new LocaleInfo(tag, TextDirection.of(tag), chain.subList(1, chain.size()), tag.equals(this.defaultTag));
	}

	/**
	 * The chain for locales in order of preference (an explicit argument, or an
	 * Accept-Language list).
	 */
	public LocaleChain chain(List<Locale> requested) {
		Set<String> candidates = new LinkedHashSet<>();
		for (Locale locale : requested) {
			candidates.addAll(LocaleTags.withParents(locale.toLanguageTag()));
		}
		Deque<String> pending = new ArrayDeque<>(candidates);
		while (!pending.isEmpty()) {
			for (String fallback : this.fallbacks.getOrDefault(pending.poll(), List.of())) {
				for (String tag : LocaleTags.withParents(fallback)) {
					if (candidates.add(tag)) {
						pending.add(tag);
					}
				}
			}
		}
		candidates.add(this.defaultTag);
		List<String> tags = candidates.stream().filter(this.supported::contains).toList();
		Locale first = requested.isEmpty() ? Locale.forLanguageTag(this.defaultTag) : requested.get(0);
		return new LocaleChain(first, tags);
	}

	public LocaleChain defaultChain() {
		return chain(List.of());
	}

	public boolean isSupported(String tag) {
		return this.supported.contains(tag);
	}

	/**
	 * The tag of a locale a client gave in {@code field}; {@code BAD_USER_INPUT} when it
	 * is not supported.
	 */
	public String requireSupported(Locale locale, String field) {
		String tag = locale.toLanguageTag();
		if (!isSupported(tag)) {
			throw ApiException.badInput(field, "'" + tag + "' is not a supported locale " + this.supported);
		}
		return tag;
	}

	/**
	 * Per-locale inputs (names, profiles) by locale tag, in the order given: each locale
	 * supported and given once, or {@code BAD_USER_INPUT} naming the item
	 * ({@code field[i].locale}).
	 */
	public <T> Map<String, T> byLocale(List<T> items, Function<T, Locale> localeOf, String field) {
		Map<String, T> result = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String itemField = field + "[" + i + "].locale";
			String tag = requireSupported(localeOf.apply(items.get(i)), itemField);
			if (result.putIfAbsent(tag, items.get(i)) != null) {
				throw ApiException.badInput(itemField, "'" + tag + "' is given twice");
			}
		}
		return result;
	}

	public List<String> supported() {
		return this.supported;
	}

	public List<LocaleInfo> infos() {
		return this.infos;
	}

	public ZoneId timeZone() {
		return this.timeZone;
	}

}
