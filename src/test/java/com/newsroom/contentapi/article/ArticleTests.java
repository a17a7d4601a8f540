package com.newsroom.contentapi.article;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy of an article readers get without its draft translations carries every other
 * field of the document, including fields added after this test was written (read by
 * reflection), and leaves the original alone.
 */
class ArticleTests {

	private static final Set<String> DERIVED_FROM_TRANSLATIONS = Set.of("translations", "locales", "publishedLocales",
			"slugKeys");

	@Test
	void theCopyWithoutDraftTranslationsKeepsEveryOtherField() throws Exception {
		Article article = new Article();
		for (Field field : fields()) {
			if (!DERIVED_FROM_TRANSLATIONS.contains(field.getName())) {
				field.set(article, sampleOf(field));
			}
		}
		article.putTranslation(translation("fr", false));
		article.putTranslation(translation("ar", true));

		Article copy = article.withoutDraftTranslations();

		assertThat(copy.getTranslations()).containsOnlyKeys("fr");
		assertThat(copy.getLocales()).containsExactly("fr");
		assertThat(article.getTranslations()).containsOnlyKeys("fr", "ar");
		for (Field field : fields()) {
			if (!DERIVED_FROM_TRANSLATIONS.contains(field.getName())) {
				assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(article));
			}
		}
	}

	private static List<Field> fields() {
		return java.util.Arrays.stream(Article.class.getDeclaredFields())
			.filter(field -> !Modifier.isStatic(field.getModifiers()))
			.peek(field -> field.setAccessible(true))
			.toList();
	}

	private static Object sampleOf(Field field) {
		Class<?> type = field.getType();
		if (type == String.class) {
			return field.getName() + "-value";
		}
		if (type == Instant.class) {
			return Instant.parse("2021-11-23T10:00:00Z").plusSeconds(field.getName().length());
		}
		if (type == boolean.class) {
			return !(Boolean) defaultOf(field);
		}
		if (type == Long.class) {
			return 7L;
		}
		if (type == ArticleStatus.class) {
			return ArticleStatus.PUBLISHED;
		}
		if (type == List.class) {
			return new java.util.ArrayList<>(List.of(field.getName() + "-item"));
		}
		if (type == Map.class) {
			return new java.util.LinkedHashMap<>(Map.of("k", field.getName()));
		}
		throw new IllegalStateException("No sample value for " + field + ": add one here");
	}

	private static Object defaultOf(Field field) {
		try {
			return field.get(new Article());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Translation translation(String locale, boolean draft) {
		return new Translation(locale, "Titre " + locale, "titre-" + locale, "", "Texte", "<p>Texte</p>", "Texte",
				new Seo(null, null), Instant.EPOCH, draft);
	}

}
