package com.newsroom.contentapi.search;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.Translation;
import com.newsroom.contentapi.text.TextAnalysis;

/**
 * How an article is laid out in the search index, in one place for what writes it
 * ({@link LuceneIndex}) and what reads it (ranking, suggestions, related articles,
 * highlights): one document per article, each translation's title and body in fields of
 * its own locale ({@code title.fr}, {@code body.ar}) analysed in that language, its tags
 * (also as facets), stored status and publication time.
 */
final class ArticleDocuments {

	/**
	 * Increase when the documents' fields change; with the analysis version, an index of
	 * another format is rebuilt at start.
	 */
	static final int FORMAT_VERSION = 5;

	static final String ID = "id";

	static final String STATUS = "status";

	static final String PUBLISHED_AT = "publishedAt";

	static final String TAG = "tag";

	/** The facet dimension of tags (counts per tag over a search's hits). */
	static final String TAG_FACET = "tags";

	static final FacetsConfig FACETS = facetsConfig();

	static final String LOCALE = "locale";

	/** The locales of the translations readers may find (not drafts). */
	static final String PUBLISHED_LOCALE = "publishedLocale";

	private static FacetsConfig facetsConfig() {
		FacetsConfig config = new FacetsConfig();
		config.setMultiValued(TAG_FACET, true);
		return config;
	}

	/**
	 * The document of an article: its id, filters and sort values, and each translation's
	 * text.
	 */
	static Document of(Article article) throws IOException {
		Document document = new Document();
		document.add(new StringField(ID, article.getId(), Field.Store.YES));
		document.add(new KeywordField(ID + ".sort", article.getId(), Field.Store.NO));
		document.add(new StringField(STATUS, article.getStatus().name(), Field.Store.NO));
		long publishedAt = (article.getPublishedAt() != null) ? article.getPublishedAt().toEpochMilli() : 0L;
		document.add(new LongPoint(PUBLISHED_AT, publishedAt));
		document.add(new NumericDocValuesField(PUBLISHED_AT, publishedAt));
		document.add(new StoredField(PUBLISHED_AT, publishedAt));
		for (String tagId : article.getTagIds()) {
			document.add(new StringField(TAG, tagId, Field.Store.NO));
			document.add(new SortedSetDocValuesFacetField(TAG_FACET, tagId));
		}
		for (Translation translation : article.getTranslations().values()) {
			String locale = translation.locale();
			document.add(new StringField(LOCALE, locale, Field.Store.NO));
			if (!translation.draft()) {
				document.add(new StringField(PUBLISHED_LOCALE, locale, Field.Store.NO));
			}
			document.add(new TextField(titleField(locale), translation.title(), Field.Store.YES));
			document.add(new StoredField(slugField(locale), translation.slug()));
			String body = indexedBody(translation);
			document.add(new Field(bodyField(locale), body, BODY));
			document.add(new NumericDocValuesField(bodyHashField(locale), body.hashCode()));
		}
		return FACETS.build(document);
	}

	static String titleField(String locale) {
		return "title." + locale;
	}

	/** Stored only: a translation's slug, for suggestions served from the index alone. */
	static String slugField(String locale) {
		return "slug." + locale;
	}

	static String bodyField(String locale) {
		return "body." + locale;
	}

	/**
	 * The hash of the text indexed as a translation's body ({@link #indexedBody}), to
	 * tell whether the offsets the index keeps are those of the text read from MongoDB.
	 */
	static String bodyHashField(String locale) {
		return "bodyHash." + locale;
	}

	/**
	 * Bodies are analysed text whose word offsets the index keeps, so that highlights are
	 * cut from them without analysing the text again.
	 */
	private static final FieldType BODY = bodyType();

	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	/**
	 * The text indexed as a translation's body, and highlighted: its plain text, followed
	 * by its excerpt when an editor wrote one that is not the start of the text (the
	 * excerpt taken from the text would only repeat its words, and its passages).
	 */
	static String indexedBody(Translation translation) {
		String text = nullToEmpty(translation.bodyText());
		String excerpt = nullToEmpty(translation.excerpt()).strip();
		if (excerpt.endsWith("…")) {
			excerpt = excerpt.substring(0, excerpt.length() - 1).strip();
		}
		if (excerpt.isEmpty() || startsWithCollapsingWhitespace(text, excerpt)) {
			return text;
		}
		return text.isBlank() ? excerpt : text + "\n" + excerpt;
	}

	/**
	 * Whether {@code text}, leading whitespace left out and each run of whitespace read
	 * as one space, starts with {@code start} (which has no leading or repeated
	 * whitespace): whitespace as the excerpt taken from a text collapses it ({@code \s}).
	 */
	static boolean startsWithCollapsingWhitespace(String text, String start) {
		int i = 0;
		while (i < text.length() && isSpace(text.charAt(i))) {
			i++;
		}
		for (int j = 0; j < start.length(); j++) {
			if (i >= text.length()) {
				return false;
			}
			char expected = start.charAt(j);
			if (isSpace(text.charAt(i))) {
				if (expected != ' ') {
					return false;
				}
				while (i < text.length() && isSpace(text.charAt(i))) {
					i++;
				}
			}
			else if (text.charAt(i++) != expected) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static String nullToEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

	static List<String> fieldsOf(String locale) {
		return List.of(titleField(locale), bodyField(locale));
	}

	/**
	 * Text fields are analysed in their locale's language ({@code title.ar} as Arabic),
	 * exactly as {@link TextAnalysis} analyses queries.
	 */
	static final class PerLocaleAnalyzer extends DelegatingAnalyzerWrapper {

		PerLocaleAnalyzer() {
			super(PER_FIELD_REUSE_STRATEGY);
		}

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			int dot = fieldName.indexOf('.');
			return TextAnalysis.analyzerFor((dot >= 0) ? fieldName.substring(dot + 1) : "und");
		}

	}

	private ArticleDocuments() {
	}

}
