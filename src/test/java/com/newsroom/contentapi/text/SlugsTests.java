package com.newsroom.contentapi.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void arabicTitleKeepsItsLetters() {
		assertThat(Slugs.slugify("ارتفاع أسعار المحروقات في المغرب")).isEqualTo("ارتفاع-أسعار-المحروقات-في-المغرب");
	}

	@Test
	void arabicDiacriticsAndTatweelAreDropped() {
		assertThat(Slugs.slugify("مُحَمَّد يكتـــب")).isEqualTo("محمد-يكتب");
	}

	@Test
	void frenchAccentsAndElisionsBecomeAscii() {
		assertThat(Slugs.slugify("L'armée défile à Paris : « œuvre » !")).isEqualTo("l-armee-defile-a-paris-oeuvre");
	}

	@Test
	void textWithoutLettersGivesAnEmptySlug() {
		assertThat(Slugs.slugify("!!! ---")).isEmpty();
	}

	@Test
	void longTitlesAreCutAtAWordBoundary() {
		String slug = Slugs.slugify("mot ".repeat(100));
		assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).endsWith("mot").doesNotEndWith("-");
	}

	@Test
	void lookupIsCaseInsensitive() {
		assertThat(Slugs.forLookup(" Mon-Article ")).isEqualTo("mon-article");
	}

}
