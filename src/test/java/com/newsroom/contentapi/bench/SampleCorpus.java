package com.newsroom.contentapi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated news-like text in Arabic, French and English for benchmarks: sentences of
 * 8–16 words mixing common news words (which queries use) with a long tail of rarer
 * made-up words in the same script, as real text has, so that a query matches a realistic
 * share of articles. Bodies of about 2 KB; deterministic for a given seed.
 */
final class SampleCorpus {

	static final List<String> FR = List.of("gouvernement", "ministre", "élection", "économie", "armée", "festival",
			"culture", "football", "équipe", "marché", "prix", "pétrole", "énergie", "réforme", "santé", "hôpital",
			"école", "université", "tourisme", "Marrakech", "Rabat", "Casablanca", "Tanger", "région", "budget",
			"agriculture", "pluie", "sécheresse", "port", "train", "autoroute", "investissement", "entreprise",
			"emploi", "jeunesse", "musique", "cinéma", "littérature", "justice", "parlement");

	static final List<String> AR = List.of("الحكومة", "الوزير", "الانتخابات", "الاقتصاد", "الجيش", "مهرجان", "الثقافة",
			"كرة", "الفريق", "السوق", "الأسعار", "النفط", "الطاقة", "الإصلاح", "الصحة", "المستشفى", "المدرسة",
			"الجامعة", "السياحة", "مراكش", "الرباط", "الدار", "طنجة", "الجهة", "الميزانية", "الفلاحة", "الأمطار",
			"الجفاف", "الميناء", "القطار", "الطريق", "الاستثمار", "الشركة", "التشغيل", "الشباب", "الموسيقى", "السينما",
			"الأدب", "العدالة", "البرلمان");

	static final List<String> EN = List.of("government", "minister", "election", "economy", "army", "festival",
			"culture", "football", "team", "market", "prices", "oil", "energy", "reform", "health", "hospital",
			"school", "university", "tourism", "Marrakech", "Rabat", "Casablanca", "Tangier", "region", "budget",
			"agriculture", "rain", "drought", "port", "train", "motorway", "investment", "company", "jobs", "youth",
			"music", "cinema", "literature", "justice", "parliament");

	private static final List<String> FR_GLUE = List.of("le", "la", "les", "de", "du", "et", "pour", "dans", "avec",
			"sur");

	private static final List<String> AR_GLUE = List.of("في", "من", "على", "إلى", "مع", "و", "عن", "هذا", "التي",
			"بعد");

	private static final List<String> EN_GLUE = List.of("the", "of", "and", "for", "in", "with", "on", "after", "to",
			"a");

	private final Random random;

	SampleCorpus(long seed) {
		this.random = new Random(seed);
	}

	static List<String> words(String locale) {
		return switch (locale) {
			case "ar" -> AR;
			case "en" -> EN;
			default -> FR;
		};
	}

	private static List<String> glue(String locale) {
		return switch (locale) {
			case "ar" -> AR_GLUE;
			case "en" -> EN_GLUE;
			default -> FR_GLUE;
		};
	}

	private static final String LATIN_SYLLABLES = "ba be bi bo ca ce co da de di do fa fe fi ga la le li lo ma me mi mo na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi";

	private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";

	/** A rare word: one of about 20,000 per language, so each appears in few articles. */
	private String rareWord(String locale) {
		int id = this.random.nextInt(20_000);
		StringBuilder word = new StringBuilder();
		if (locale.equals("ar")) {
			for (int i = 0, n = id; i < 4; i++, n /= ARABIC_LETTERS.length()) {
				word.append(ARABIC_LETTERS.charAt(n % ARABIC_LETTERS.length()));
			}
			return word.toString();
		}
		String[] syllables = LATIN_SYLLABLES.split(" ");
		for (int i = 0, n = id; i < 3; i++, n /= syllables.length) {
			word.append(syllables[n % syllables.length]);
		}
		return word.append("x").toString();
	}

	String sentence(String locale, int minWords, int maxWords) {
		int count = minWords + this.random.nextInt(maxWords - minWords + 1);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			if (i % 2 == 1) {
				parts.add(glue(locale).get(this.random.nextInt(glue(locale).size())));
			}
			else if (this.random.nextInt(10) == 0) {
				parts.add(words(locale).get(this.random.nextInt(words(locale).size())));
			}
			else {
				parts.add(rareWord(locale));
			}
		}
		String text = String.join(" ", parts);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
	}

	String body(String locale, int approximateBytes) {
		StringBuilder body = new StringBuilder();
		while (body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < approximateBytes) {
			body.append(sentence(locale, 8, 16)).append(body.length() % 3 == 0 ? "\n\n" : " ");
		}
		return body.toString();
	}

	String word(String locale) {
		List<String> words = words(locale);
		return words.get(this.random.nextInt(words.size()));
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

}
