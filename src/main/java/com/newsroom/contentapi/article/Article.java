package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.lang.Nullable;

/**
 * An article and all its translations in one document, designed for its reads:
 * <ul>
 * <li>{@code translations} maps a locale tag to its variant, in the order they were added (the first is the
 * article's original language);</li>
 * <li>{@code locales} repeats the keys of {@code translations} as an indexed array, so that "articles readable
 * in this locale chain" is an index range ({@code locales $in chain});</li>
 * <li>{@code slugKeys} holds {@code locale:slug} for every translation under a unique index, which makes slugs
 * unique per locale and slug lookups one indexed read;</li>
 * <li>{@code search} holds the analysed terms of every translation per locale ({@link SearchTerms}),
 * recomputed with the translations in the same write;</li>
 * <li>{@code version} is checked on every write (optimistic locking), so no update is ever lost.</li>
 * </ul>
 */
@Document("articles")
public class Article {

	@Id
	@Nullable
	private String id;

	private Map<String, Translation> translations = new LinkedHashMap<>();

	private List<String> locales = new ArrayList<>();

	private List<String> slugKeys = new ArrayList<>();

	private List<String> tagIds = new ArrayList<>();

	private ArticleStatus status = ArticleStatus.DRAFT;

	@Nullable
	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Nullable
	private String updatedBy;

	private boolean commentsOpen = true;

	private Map<String, SearchTerms.LocaleTerms> search = new LinkedHashMap<>();

	private int searchVersion;

	@Version
	@Nullable
	private Long version;

	public static String slugKey(String locale, String slug) {
		return locale + ":" + slug;
	}

	/** Adds or replaces one translation, keeping the derived {@code locales} and {@code slugKeys} in step. */
	void putTranslation(Translation translation) {
		this.translations.put(translation.locale(), translation);
		syncDerivedFields();
	}

	void removeTranslation(String locale) {
		this.translations.remove(locale);
		syncDerivedFields();
	}

	private void syncDerivedFields() {
		this.locales = new ArrayList<>(this.translations.keySet());
		this.slugKeys = this.translations.values().stream().map(t -> slugKey(t.locale(), t.slug())).toList();
		this.search = SearchTerms.of(this.translations.values());
		this.searchVersion = com.newsroom.contentapi.text.TextAnalysis.VERSION;
	}

	/** The translation of the article's original language. */
	Translation original() {
		return this.translations.values().iterator().next();
	}

	public String getId() {
		return this.id;
	}

	public Map<String, Translation> getTranslations() {
		return this.translations;
	}

	public List<String> getLocales() {
		return this.locales;
	}

	public List<String> getSlugKeys() {
		return this.slugKeys;
	}

	public List<String> getTagIds() {
		return this.tagIds;
	}

	void setTagIds(List<String> tagIds) {
		this.tagIds = new ArrayList<>(tagIds);
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	void setStatus(ArticleStatus status) {
		this.status = status;
	}

	@Nullable
	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	void setPublishedAt(@Nullable Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Nullable
	public String getUpdatedBy() {
		return this.updatedBy;
	}

	void touch(Instant at, @Nullable String by) {
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public boolean isCommentsOpen() {
		return this.commentsOpen;
	}

	void setCommentsOpen(boolean commentsOpen) {
		this.commentsOpen = commentsOpen;
	}

	@Nullable
	public Long getVersion() {
		return this.version;
	}

	void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
