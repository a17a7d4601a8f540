package com.newsroom.contentapi.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
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

	private static final Marks MARKS = new Marks();

	private static final PassageScores PASSAGE_SCORES = new PassageScores();

	private static final UnifiedHighlighter TITLES = titles().build();

	private static final UnifiedHighlighter BODIES = bodies(UnifiedHighlighter.builderWithoutSearcher(ANALYZER))
		.build();

	private static final UnifiedHighlighter TITLES_BY_WORD = byWord(titles());

	private static final UnifiedHighlighter BODIES_BY_WORD = byWord(
			bodies(UnifiedHighlighter.builderWithoutSearcher(ANALYZER)));

	private static UnifiedHighlighter.Builder titles() {
		return configured(UnifiedHighlighter.builderWithoutSearcher(ANALYZER), WholeBreakIterator::new, 10_000);
	}

	/**
	 * Body passages, by analysing the text, or from the offsets of the searcher's index.
	 */
	private static UnifiedHighlighter.Builder bodies(UnifiedHighlighter.Builder base) {
		return configured(base, Highlighter::passages, 100_000);
	}

	private static UnifiedHighlighter.Builder configured(UnifiedHighlighter.Builder base,
			Supplier<BreakIterator> breaks, int maxLength) {
		return base.withBreakIterator(breaks)
			.withFormatter(MARKS)
			.withHandleMultiTermQuery(true)
			.withHighlightPhrasesStrictly(true)
			.withMaxLength(maxLength)
			.withMaxNoHighlightPassages(0)
			.withScorer(PASSAGE_SCORES);
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
	 * The title and body passages of a translation for the query's parts in its locale;
	 * {@code bodyPassages}, when not {@code null}, are the body's, already cut from the
	 * index ({@link #indexedBodies}).
	 */
	static List<String> highlights(String locale, String title, @Nullable String body, List<SearchQuery.Analysed> parts,
			@Nullable List<String> bodyPassages) {
		boolean phrases = parts.stream()
			.anyMatch(part -> part.kind() == SearchQuery.Kind.PHRASE && part.terms().size() > 1);
		List<String> highlights = new ArrayList<>(
				marked(phrases ? TITLES : TITLES_BY_WORD, ArticleDocuments.titleField(locale), title, parts, 1));
		if (bodyPassages != null) {
			highlights.addAll(bodyPassages);
		}
		else if (body != null && !body.isBlank()) {
			highlights.addAll(marked(phrases ? BODIES : BODIES_BY_WORD, ArticleDocuments.bodyField(locale), body, parts,
					MAX_SNIPPETS));
		}
		return highlights;
	}

	/**
	 * The body passages of hits in one locale, cut from the word offsets the index keeps
	 * instead of analysing each text again: {@code bodies} are the hits' documents in
	 * {@code searcher} and the text indexed as their body
	 * ({@link ArticleDocuments#indexedBody}) as read from MongoDB now. A hit whose text
	 * is not the one indexed (changed since, and not yet indexed again) is left out of
	 * the answer, to be analysed again.
	 */
	@SuppressWarnings("unchecked")
	static Map<Integer, List<String>> indexedBodies(IndexSearcher searcher, String locale,
			List<SearchQuery.Analysed> parts, Map<Integer, String> bodies) throws IOException {
		NumericDocValues hashes = MultiDocValues.getNumericValues(searcher.getIndexReader(),
				ArticleDocuments.bodyHashField(locale));
		if (hashes == null) {
			return Map.of();
		}
		SortedMap<Integer, String> indexed = new TreeMap<>();
		for (Map.Entry<Integer, String> body : new TreeMap<>(bodies).entrySet()) {
			if (hashes.advanceExact(body.getKey()) && hashes.longValue() == body.getValue().hashCode()) {
				indexed.put(body.getKey(), body.getValue());
			}
		}
		if (indexed.isEmpty()) {
			return Map.of();
		}
		String field = ArticleDocuments.bodyField(locale);
		int[] docs = indexed.keySet().stream().mapToInt(Integer::intValue).toArray();
		// the prefix expanded to the words it ranked by: a prefix left to the highlighter
		// would make it analyse each text again to find its words
		Query words = searcher.rewrite(query(field, parts));
		Object[] marked = new IndexedText(searcher, indexed).passages(field, words, docs);
		Map<Integer, List<String>> passages = new HashMap<>();
		for (int i = 0; i < docs.length; i++) {
			passages.put(docs[i], (marked[i] instanceof List<?> list) ? (List<String>) list : List.of());
		}
		return passages;
	}

	/**
	 * A highlighter over a searcher whose texts are given instead of read from stored
	 * fields (the index stores no body).
	 */
	private static final class IndexedText extends UnifiedHighlighter {

		private final SortedMap<Integer, String> texts;

		IndexedText(IndexSearcher searcher, SortedMap<Integer, String> texts) {
			super(bodies(UnifiedHighlighter.builder(searcher, ANALYZER)));
			this.texts = texts;
		}

		Object[] passages(String field, Query query, int[] docs) throws IOException {
			return highlightFieldsAsObjects(new String[] { field }, query, docs, new int[] { MAX_SNIPPETS }).get(field);
		}

		@Override
		protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
				throws IOException {
			List<CharSequence[]> values = new ArrayList<>();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				values.add(new CharSequence[] { this.texts.getOrDefault(doc, "") });
			}
			return values;
		}

	}

	@SuppressWarnings("unchecked")
	private static List<String> marked(UnifiedHighlighter highlighter, String field, String text,
			List<SearchQuery.Analysed> parts, int passages) {
		try {
			Object marked = highlighter.highlightWithoutSearcher(field, query(field, parts), text, passages);
			return (marked instanceof List<?> list) ? (List<String>) list : List.of();
		}
		catch (IOException ex) {
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
				any.add(Ranking.prefix(field, terms.get(terms.size() - 1)), Occur.SHOULD);
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

		private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
				String text = WHITESPACE.matcher(html).replaceAll(" ").strip();
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
