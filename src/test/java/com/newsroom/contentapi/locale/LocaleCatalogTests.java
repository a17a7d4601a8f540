package com.newsroom.contentapi.locale;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocaleCatalogTests {

	private final LocaleCatalog catalog = new LocaleCatalog(
			new LocaleProperties(List.of("ar", "fr", "en"), "fr", Map.of("ar", List.of("fr")), "UTC"));

	private List<String> chainOf(String... tags) {
		return this.catalog.chain(java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList()).tags();
	}

	@Test
	void regionalTagFallsBackToItsLanguageThenConfiguredFallbackThenDefault() {
		LocaleCatalog withEnglishFallback = new LocaleCatalog(
				new LocaleProperties(List.of("ar", "fr", "en"), "fr", Map.of("ar", List.of("en")), "UTC"));
		assertThat(withEnglishFallback.chain(List.of(Locale.forLanguageTag("ar-MA"))).tags()).containsExactly("ar",
				"en", "fr");
	}

	@Test
	void unsupportedButWellFormedTagFallsBackToTheDefault() {
		assertThat(chainOf("de-CH")).containsExactly("fr");
	}

	@Test
	void requestedLocaleIsKeptForFormattingEvenWhenUnsupported() {
		assertThat(this.catalog.chain(List.of(Locale.forLanguageTag("ar-MA"))).requested().toLanguageTag())
			.isEqualTo("ar-MA");
	}

	@Test
	void everyAcceptLanguageRangeCountsInOrderOfWeight() {
		List<Locale> accepted = RequestLocaleInterceptor.acceptedLocales("de;q=0.9, en-GB;q=0.8, ar;q=0.5");
		assertThat(this.catalog.chain(accepted).tags()).containsExactly("en", "ar", "fr");
	}

	@Test
	void malformedAcceptLanguageIsIgnored() {
		assertThat(RequestLocaleInterceptor.acceptedLocales(";;;q=abc")).isEmpty();
	}

	@Test
	void truncationDropsOneSubtagAtATime() {
		assertThat(LocaleTags.withParents("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant", "zh");
		assertThat(LocaleTags.withParents("ar-MA")).containsExactly("ar-MA", "ar");
	}

	@Test
	void malformedTagIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocaleTags.parse("not a tag!"));
		assertThatIllegalArgumentException().isThrownBy(() -> LocaleTags.parse(" "));
		assertThat(LocaleTags.parse("AR-ma").toLanguageTag()).isEqualTo("ar-MA");
	}

	@Test
	void defaultMustBeSupported() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new LocaleCatalog(new LocaleProperties(List.of("ar", "en"), "fr", Map.of(), "UTC")));
	}

	@Test
	void localeInfoListsFallbacksAndDirection() {
		assertThat(this.catalog.infos())
			.extracting(LocaleInfo::tag, LocaleInfo::direction, LocaleInfo::fallbacks, LocaleInfo::isDefault)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ar", TextDirection.RTL, List.of("fr"), false),
					org.assertj.core.groups.Tuple.tuple("fr", TextDirection.LTR, List.of(), true),
					org.assertj.core.groups.Tuple.tuple("en", TextDirection.LTR, List.of("fr"), false));
	}

	@Test
	void rightToLeftLanguagesAreDetectedFromTheirScript() {
		assertThat(List.of("ar", "he", "fa", "ur", "ar-MA"))
			.allMatch(tag -> TextDirection.of(tag) == TextDirection.RTL);
		assertThat(List.of("fr", "en", "tr")).allMatch(tag -> TextDirection.of(tag) == TextDirection.LTR);
	}

	@Test
	void datesUseRegionalMonthNames() {
		LocalizedDates dates = new LocalizedDates(this.catalog);
		Instant date = Instant.parse("2021-11-23T10:00:00Z");
		assertThat(dates.format(date, Locale.forLanguageTag("ar-MA"), DateStyle.LONG)).isEqualTo("23 نونبر 2021");
		assertThat(dates.format(date, Locale.FRENCH, DateStyle.LONG)).isEqualTo("23 novembre 2021");
		assertThat(dates.format(date, Locale.ENGLISH, DateStyle.LONG)).isEqualTo("November 23, 2021");
	}

}
