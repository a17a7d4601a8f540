package com.newsroom.contentapi.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The highlights of a hit, with Lucene's UnifiedHighlighter: the whole title when a word
 * of it matched, and up to two passages of about {@value #PASSAGE_LENGTH} characters of
 * the body around the matches, the words that matched wrapped in {@code <mark>} and
 * everything else HTML-escaped, so they can be inserted into a page as they are. Texts
 * are analysed as the index analyses them, so {@code armee} marks "l'armée" and
 * {@code اسعار} marks "أسعار".
 */
final class Highlighter {

	static final int PASSAGE_LENGTH = 120;

	static final int MAX_SNIPPETS = 2;

	private static final ArticleDocuments.PerLocaleAnalyzer ANALYZER = new ArticleDocuments.PerLocaleAnalyzer();

	private static final UnifiedHighlighter TITLES = builder(WholeBreakIterator::new, 10_000).build();

	private static final UnifiedHighlighter BODIES = builder(Highlighter::passages, 100_000).build();

	private static final UnifiedHighlighter TITLES_BY_WORD = byWord(builder(WholeBreakIterator::new, 10_000));

	private static final UnifiedHighlighter BODIES_BY_WORD = byWord(builder(Highlighter::passages, 100_000));

	private static UnifiedHighlighter.Builder builder(Supplier<BreakIterator> breaks, int maxLength) {
		return UnifiedHighlighter.builderWithoutSearcher(ANALYZER)
			.withBreakIterator(breaks)
			.withFormatter(new Marks())
			.withHandleMultiTermQuery(true)
			.withHighlightPhrasesStrictly(true)
			.withMaxLength(maxLength)
			.withMaxNoHighlightPassages(0);
	}

	/**
	 * Without phrases, matching is word by word: the text's tokens are filtered against
	 * the query's words and prefixes as they are analysed, without building an in-memory
	 * index of the text to weigh passages by.
	 */
	private static UnifiedHighlighter byWord(UnifiedHighlighter.Builder builder) {
		return builder.withWeightMatches(false).withPassageRelevancyOverSpeed(false).build();
	}

	/** Passages of about {@value #PASSAGE_LENGTH} characters, cut between words. */
	private static BreakIterator passages() {
		return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH,
				0.5f);
	}

	private Highlighter() {
	}

	/**
	 * The title and body passages of a translation for the query's parts in its locale.
	 */
	static List<String> highlights(String locale, String title, @Nullable String body,
			List<SearchQuery.Analysed> parts) {
		boolean phrases = parts.stream()
			.anyMatch(part -> part.kind() == SearchQuery.Kind.PHRASE && part.terms().size() > 1);
		List<String> highlights = new ArrayList<>(
				marked(phrases ? TITLES : TITLES_BY_WORD, ArticleDocuments.titleField(locale), title, parts, 1));
		if (body != null && !body.isBlank()) {
			highlights.addAll(marked(phrases ? BODIES : BODIES_BY_WORD, ArticleDocuments.bodyField(locale), body, parts,
					MAX_SNIPPETS));
		}
		return highlights;
	}

	@SuppressWarnings("unchecked")
	private static List<String> marked(UnifiedHighlighter highlighter, String field, String text,
			List<SearchQuery.Analysed> parts, int passages) {
		try {
			Object marked = highlighter.highlightWithoutSearcher(field, query(field, parts), text, passages);
			return (marked instanceof List<?> list) ? (List<String>) list : List.of();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Highlighting an in-memory string cannot fail", ex);
		}
	}

	/** What to mark in one field: every word, phrase and prefix of the query. */
	private static Query query(String field, List<SearchQuery.Analysed> parts) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (SearchQuery.Analysed part : parts) {
			List<String> terms = part.terms();
			if (part.kind() == SearchQuery.Kind.PHRASE && terms.size() > 1) {
				any.add(new PhraseQuery(field, terms.toArray(String[]::new)), Occur.SHOULD);
				continue;
			}
			int words = (part.kind() == SearchQuery.Kind.PREFIX) ? terms.size() - 1 : terms.size();
			for (int i = 0; i < words; i++) {
				any.add(new TermQuery(new Term(field, terms.get(i))), Occur.SHOULD);
			}
			if (part.kind() == SearchQuery.Kind.PREFIX) {
				any.add(new PrefixQuery(new Term(field, terms.get(terms.size() - 1))), Occur.SHOULD);
			}
		}
		return any.build();
	}

	/**
	 * Each passage as one string: its matches in {@code <mark>}, the rest escaped (only
	 * what HTML needs: letters of every script stay readable), an ellipsis where the
	 * passage cuts the text.
	 */
	private static final class Marks extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			List<String> formatted = new ArrayList<>();
			for (Passage passage : passages) {
				StringBuilder html = new StringBuilder();
				int position = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = passage.getMatchStarts()[i];
					int end = passage.getMatchEnds()[i];
					if (start < position) {
						continue;
					}
					html.append(escape(content.substring(position, start)))
						.append("<mark>")
						.append(escape(content.substring(start, end)))
						.append("</mark>");
					position = end;
				}
				html.append(escape(content.substring(position, passage.getEndOffset())));
				String text = html.toString().replaceAll("\\s+", " ").strip();
				formatted.add(((passage.getStartOffset() > 0) ? "…" : "") + text
						+ ((passage.getEndOffset() < content.length()) ? "…" : ""));
			}
			return formatted;
		}

		private static String escape(String text) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}

	}

}
