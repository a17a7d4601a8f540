package com.newsroom.contentapi.comment;

import java.text.ParseException;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Solves a comment challenge's prompt, such as {@code deux × 5 =}, as a reader would: the
 * first operand is spelled out by ICU4J's spell-out rules of the prompt's locale and read
 * back with them (falling back to matching the spell-out of 0 to 100), the second is
 * digits. The one solver of the tests and of {@code bench/LoadGenerator.java} (which runs
 * with the test classes on its classpath).
 */
public final class ChallengeSolver {

	private ChallengeSolver() {
	}

	public static int solve(String prompt, String locale) {
		String[] parts = prompt.replace("=", "").split("×");
		if (parts.length != 2) {
			throw new IllegalStateException("unexpected challenge prompt: " + prompt);
		}
		String words = parts[0].strip();
		RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.forLanguageTag(locale),
				RuleBasedNumberFormat.SPELLOUT);
		Integer first = null;
		try {
			Number parsed = spellout.parse(words);
			if (parsed != null && spellout.format(parsed.longValue()).equals(words)) {
				first = parsed.intValue();
			}
		}
		catch (ParseException ex) {
			// falls through to the table
		}
		for (int n = 0; first == null && n <= 100; n++) {
			if (spellout.format(n).equals(words)) {
				first = n;
			}
		}
		if (first == null) {
			throw new IllegalStateException("cannot read the number in challenge prompt: " + prompt);
		}
		int second = 0;
		for (char ch : parts[1].strip().toCharArray()) {
			int digit = Character.digit(ch, 10);
			if (digit < 0) {
				throw new IllegalStateException("unexpected second operand in challenge prompt: " + prompt);
			}
			second = second * 10 + digit;
		}
		return first * second;
	}

}
