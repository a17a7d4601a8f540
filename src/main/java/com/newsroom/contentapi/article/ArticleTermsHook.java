package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.Map;

import org.bson.Document;

/**
 * Data another feature keeps in an article's document (the search feature's analysed
 * terms), computed from the translations on every write and saved in the same document
 * write, so that it is never behind the article. The article feature stores it under
 * {@code search} without knowing what it holds.
 */
public interface ArticleTermsHook {

	/** The terms of the translations, by locale. */
	Map<String, Document> termsOf(Collection<Translation> translations);

	/** The version of the analysis that computed them, stored alongside. */
	int version();

}
