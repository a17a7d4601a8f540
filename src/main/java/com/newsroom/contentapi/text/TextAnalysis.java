package com.newsroom.contentapi.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Language analysis for search, with Apache Lucene's analyzers, so that words match the
 * way readers type them:
 * <ul>
 * <li>Arabic: digits of any script unified, stop words dropped, normalisation (tashkeel
 * and tatweel removed, أ إ آ → ا, ى → ي, ة → ه) and light stemming (ال و بال كال فال لل
 * prefixes, common suffixes);</li>
 * <li>French: elisions ({@code l'armée → armée}), stop words, light stemming, then
 * accents folded ({@code armée → armee});</li>
 * <li>English: possessives, stop words, Porter stemming, accents folded;</li>
 * <li>any other language: Unicode word breaking, lower case and folded accents.</li>
 * </ul>
 * The same analysis runs on stored text and on queries, per locale. Changing it means
 * running {@code reindexSearch}; bump {@link #VERSION} so that the stored terms can be
 * told apart.
 */
public final class TextAnalysis {

	/** Stored with the terms; increase it whenever an analyzer changes. */
	public static final int VERSION = 1;

	private static final Map<String, Analyzer> BY_LANGUAGE = Map.of("ar", arabic(), "fr", french(), "en", english());

	private static final Analyzer GENERIC = generic();

	private TextAnalysis() {
	}

	/** A word of a text with where it stands, for highlighting. */
	public record Token(String term, int start, int end) {
	}

	public static List<String> terms(String locale, String text) {
		return tokens(locale, text).stream().map(Token::term).toList();
	}

	public static List<Token> tokens(String locale, String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		try (TokenStream stream = analyzerFor(locale).tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Analysis of an in-memory string cannot fail", ex);
		}
		return tokens;
	}

	/**
	 * The analyzer of a locale's language (shared, thread-safe), for an index's fields.
	 */
	public static Analyzer analyzerFor(String locale) {
		String language = Locale.forLanguageTag(locale).getLanguage();
		return BY_LANGUAGE.getOrDefault(language, GENERIC);
	}

	private static Analyzer arabic() {
		CharArraySet stopWords = ArabicAnalyzer.getDefaultStopSet();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new LowerCaseFilter(source);
				result = new DecimalDigitFilter(result);
				result = new StopFilter(result, stopWords);
				result = new ArabicNormalizationFilter(result);
				result = new ArabicStemFilter(result);
				return new TokenStreamComponents(source, result);
			}
		};
	}

	private static Analyzer french() {
		CharArraySet stopWords = FrenchAnalyzer.getDefaultStopSet();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, stopWords);
				result = new FrenchLightStemFilter(result);
				result = new ASCIIFoldingFilter(result);
				return new TokenStreamComponents(source, result);
			}
		};
	}

	private static Analyzer english() {
		CharArraySet stopWords = EnglishAnalyzer.getDefaultStopSet();
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new EnglishPossessiveFilter(source);
				result = new LowerCaseFilter(result);
				result = new StopFilter(result, stopWords);
				result = new PorterStemFilter(result);
				result = new ASCIIFoldingFilter(result);
				return new TokenStreamComponents(source, result);
			}
		};
	}

	private static Analyzer generic() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream result = new LowerCaseFilter(source);
				result = new ASCIIFoldingFilter(result);
				return new TokenStreamComponents(source, result);
			}
		};
	}

}
