package com.newsroom.contentapi.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * URL slugs in any script. Latin letters lose their accents ({@code armée → armee}),
 * Arabic letters are kept as they are (only diacritics and tatweel are dropped, which
 * readers never type), and everything that is not a letter or digit becomes a single
 * dash. Browsers show such IRIs readably and percent-encode them on the wire.
 */
public final class Slugs {

	public static final int MAX_LENGTH = 120;

	/** ICU's rule set for Latin only: other scripts pass through untouched. */
	private static final Transliterator LATIN_TO_ASCII = Transliterator.getInstance("Latin-ASCII");

	private static final Pattern ARABIC_MARKS = Pattern
		.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private Slugs() {
	}

	/**
	 * A slug made from free text (a title, or a slug an editor typed); empty if the text
	 * has no letters.
	 */
	public static String slugify(String text) {
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
		normalized = ARABIC_MARKS.matcher(normalized).replaceAll("");
		synchronized (LATIN_TO_ASCII) {
			normalized = LATIN_TO_ASCII.transliterate(normalized);
		}
		String slug = NOT_WORD.matcher(normalized.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = trimDashes(slug);
		if (slug.length() > MAX_LENGTH) {
			int cut = slug.lastIndexOf('-', MAX_LENGTH);
			slug = trimDashes(slug.substring(0, (cut > MAX_LENGTH / 2) ? cut : MAX_LENGTH));
		}
		return slug;
	}

	/**
	 * The form a slug argument is looked up in, so that {@code Mon-Article} finds
	 * {@code mon-article}.
	 */
	public static String forLookup(String slug) {
		return Normalizer.normalize(slug.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
