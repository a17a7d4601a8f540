package com.newsroom.contentapi.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real sentences through the analyzers: what a reader types must meet what the newsroom
 * wrote.
 */
class TextAnalysisTests {

	private static List<String> ar(String text) {
		return TextAnalysis.terms("ar", text);
	}

	private static List<String> fr(String text) {
		return TextAnalysis.terms("fr", text);
	}

	@Test
	void arabicMatchesAcrossHamzaAndAlefForms() {
		assertThat(ar("أسعار")).isEqualTo(ar("اسعار"));
		assertThat(ar("إعلان الحكومة")).isEqualTo(ar("اعلان الحكومه"));
		assertThat(ar("آمال")).isEqualTo(ar("امال"));
	}

	@Test
	void arabicMatchesAcrossDiacriticsAndTatweel() {
		assertThat(ar("المَغْرِب")).isEqualTo(ar("المغرب"));
		assertThat(ar("المغـــرب")).isEqualTo(ar("المغرب"));
	}

	@Test
	void arabicMatchesAcrossAlefMaqsuraAndTaMarbuta() {
		assertThat(ar("مستشفى")).isEqualTo(ar("مستشفي"));
		assertThat(ar("مدينة")).isEqualTo(ar("مدينه"));
	}

	@Test
	void arabicDropsTheDefiniteArticleAndConjunctionPrefixes() {
		List<String> bare = ar("مهرجان");
		assertThat(ar("المهرجان")).isEqualTo(bare);
		assertThat(ar("والمهرجان")).isEqualTo(bare);
		assertThat(ar("بالمهرجان")).isEqualTo(bare);
	}

	@Test
	void arabicSentenceKeepsItsContentWords() {
		List<String> terms = ar("ارتفاع أسعار المحروقات في المدن المغربية");
		assertThat(terms).containsAll(ar("اسعار"));
		assertThat(terms).containsAll(ar("محروقات"));
		assertThat(terms).doesNotContain("في");
	}

	@Test
	void frenchMatchesAcrossElisionsAndAccents() {
		assertThat(fr("l'armée")).isEqualTo(fr("armee"));
		assertThat(fr("L’Armée")).isEqualTo(fr("armée"));
		assertThat(fr("d'économie")).isEqualTo(fr("economie"));
	}

	@Test
	void frenchLightStemmingMatchesPlurals() {
		assertThat(fr("les élections régionales")).isEqualTo(fr("election regionale"));
	}

	@Test
	void englishStemsAndDropsPossessives() {
		assertThat(TextAnalysis.terms("en", "Morocco's startups raised"))
			.isEqualTo(TextAnalysis.terms("en", "morocco startup raise"));
	}

	@Test
	void operatorCharactersAreJustPunctuation() {
		assertThat(fr(".* $ne {} [a-z]+ (armée)")).isEqualTo(fr("a z armée"));
	}

	@Test
	void tokensKnowWhereTheyStand() {
		TextAnalysis.Token token = TextAnalysis.tokens("fr", "Vive l'armée").get(1);
		assertThat("Vive l'armée".substring(token.start(), token.end())).isEqualTo("l'armée");
	}

}
