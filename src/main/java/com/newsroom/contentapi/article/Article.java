package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.types.ObjectId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;
import org.jspecify.annotations.Nullable;

/**
 * An article and all its translations in one document, designed for its reads:
 * <ul>
 * <li>{@code translations} maps a locale tag to its variant, in the order they were added
 * (the first is the article's original language);</li>
 * <li>{@code locales} repeats the keys of {@code translations} as an indexed array, so
 * that "articles readable in this locale chain" is an index range
 * ({@code locales $in chain});</li>
 * <li>{@code slugKeys} holds {@code locale:slug} for every translation, and for retired
 * slugs (kept in {@code retiredSlugKeys}) so that old links keep working, under a unique
 * index: slugs are unique per locale, retired ones stay reserved, and slug lookups are
 * one indexed read;</li>
 * <li>{@code version} is checked on every write (optimistic locking), so no update is
 * ever lost;</li>
 * <li>an article in the trash has the status {@code TRASHED} (so every read by status
 * leaves it out without knowing about the trash), remembers the status it left in
 * {@code statusBeforeTrash}, and keeps its slug keys: its slugs stay reserved until it is
 * purged.</li>
 * </ul>
 */
@Document("articles")
public class Article {

	@Id
	@Nullable private String id;

	private Map<String, Translation> translations = new LinkedHashMap<>();

	private List<String> locales = new ArrayList<>();

	/**
	 * The locales of the translations readers may see (not drafts), indexed like
	 * {@code locales} for readers' lists.
	 */
	private List<String> publishedLocales = new ArrayList<>();

	private List<String> slugKeys = new ArrayList<>();

	private List<String> retiredSlugKeys = new ArrayList<>();

	private List<String> tagIds = new ArrayList<>();

	/** The byline: the authors' ids in the order they are credited. */
	private List<String> authorIds = new ArrayList<>();

	/** The primary section, if any. */
	@Nullable private String sectionId;

	/** The image shown with the article in lists and shares, if any. */
	@Nullable private String featuredImageId;

	/** The public corrections log, oldest first; appended to, never edited. */
	private List<Correction> corrections = new ArrayList<>();

	/**
	 * The last change readers can see besides publication: text, byline, section, tags, a
	 * correction ({@code null} for articles written before it was kept).
	 */
	@Nullable private Instant contentChangedAt;

	private ArticleStatus status = ArticleStatus.DRAFT;

	@Nullable private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Nullable private String updatedBy;

	private boolean commentsOpen = true;

	@Nullable private Instant trashedAt;

	@Nullable private String trashedBy;

	@Nullable private ArticleStatus statusBeforeTrash;

	/**
	 * The id of the revision that records this version, chosen before the version is
	 * saved and written in the same document write, with the change's summary: if the
	 * service stops between saving the article and inserting the revision, the revision
	 * is recorded at the next start ({@link ArticleRevisions#recordMissing}), so an
	 * article never exists without the revision of its version.
	 */
	@Field(targetType = FieldType.OBJECT_ID)
	@Nullable private String revisionId;

	@Nullable private String changeSummary;

	@Version
	@Nullable private Long version;

	public static String slugKey(String locale, String slug) {
		return locale + ":" + slug;
	}

	/**
	 * Adds or replaces one translation, keeping the derived fields in step. A slug that
	 * changes is retired, not dropped: it keeps resolving to this article and stays
	 * reserved until an editor releases it.
	 */
	void putTranslation(Translation translation) {
		Translation previous = this.translations.put(translation.locale(), translation);
		if (previous != null && !previous.slug().equals(translation.slug())) {
			retire(slugKey(previous.locale(), previous.slug()));
		}
		this.retiredSlugKeys.remove(slugKey(translation.locale(), translation.slug()));
		syncDerivedFields();
	}

	void removeTranslation(String locale) {
		Translation removed = this.translations.remove(locale);
		if (removed != null) {
			retire(slugKey(locale, removed.slug()));
		}
		syncDerivedFields();
	}

	/**
	 * Replaces all translations (restoring a revision), retiring the slugs that go away.
	 */
	void replaceTranslations(java.util.Collection<Translation> replacement) {
		Map<String, Translation> previous = new LinkedHashMap<>(this.translations);
		this.translations.clear();
		replacement.forEach(t -> this.translations.put(t.locale(), t));
		previous.values()
			.stream()
			.filter(old -> !this.translations.containsKey(old.locale())
					|| !this.translations.get(old.locale()).slug().equals(old.slug()))
			.forEach(old -> retire(slugKey(old.locale(), old.slug())));
		this.translations.values().forEach(t -> this.retiredSlugKeys.remove(slugKey(t.locale(), t.slug())));
		syncDerivedFields();
	}

	/**
	 * Frees a retired slug for other articles; {@code false} if the article had no such
	 * retired slug.
	 */
	boolean releaseSlug(String locale, String slug) {
		boolean released = this.retiredSlugKeys.remove(slugKey(locale, slug));
		syncDerivedFields();
		return released;
	}

	private void retire(String key) {
		if (!this.retiredSlugKeys.contains(key)) {
			this.retiredSlugKeys.add(key);
		}
	}

	public List<String> getRetiredSlugKeys() {
		return this.retiredSlugKeys;
	}

	public boolean isTrashed() {
		return this.status == ArticleStatus.TRASHED;
	}

	/** Moves the article to the trash, remembering the status to restore. */
	void trash(Instant at, @Nullable String by) {
		this.statusBeforeTrash = this.status;
		this.status = ArticleStatus.TRASHED;
		this.trashedAt = at;
		this.trashedBy = by;
	}

	/**
	 * Takes the article out of the trash, back in the status it had (a draft if that is
	 * unknown).
	 */
	void restoreFromTrash() {
		this.status = (this.statusBeforeTrash != null) ? this.statusBeforeTrash : ArticleStatus.DRAFT;
		this.statusBeforeTrash = null;
		this.trashedAt = null;
		this.trashedBy = null;
	}

	@Nullable public Instant getTrashedAt() {
		return this.trashedAt;
	}

	@Nullable public String getTrashedBy() {
		return this.trashedBy;
	}

	@Nullable ArticleStatus getStatusBeforeTrash() {
		return this.statusBeforeTrash;
	}

	/**
	 * Recomputes the fields derived from the translations; also before every save, so
	 * that a document written before a derived field existed gets it with its next
	 * change.
	 */
	void syncDerivedFields() {
		this.locales = new ArrayList<>(this.translations.keySet());
		this.publishedLocales = new ArrayList<>(
				this.translations.values().stream().filter(t -> !t.draft()).map(Translation::locale).toList());
		List<String> keys = new ArrayList<>(
				this.translations.values().stream().map(t -> slugKey(t.locale(), t.slug())).toList());
		keys.addAll(this.retiredSlugKeys);
		this.slugKeys = keys;
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

	public List<String> getPublishedLocales() {
		return this.publishedLocales;
	}

	/**
	 * This article as readers see it, for reading only: without its draft translations
	 * (the same object when it has none).
	 */
	Article withoutDraftTranslations() {
		if (this.translations.values().stream().noneMatch(Translation::draft)) {
			return this;
		}
		Article copy = new Article();
		copy.id = this.id;
		this.translations.values().stream().filter(t -> !t.draft()).forEach(t -> copy.translations.put(t.locale(), t));
		copy.retiredSlugKeys = this.retiredSlugKeys;
		copy.tagIds = this.tagIds;
		copy.authorIds = this.authorIds;
		copy.sectionId = this.sectionId;
		copy.featuredImageId = this.featuredImageId;
		copy.corrections = this.corrections;
		copy.contentChangedAt = this.contentChangedAt;
		copy.status = this.status;
		copy.publishedAt = this.publishedAt;
		copy.createdAt = this.createdAt;
		copy.updatedAt = this.updatedAt;
		copy.updatedBy = this.updatedBy;
		copy.commentsOpen = this.commentsOpen;
		copy.trashedAt = this.trashedAt;
		copy.trashedBy = this.trashedBy;
		copy.statusBeforeTrash = this.statusBeforeTrash;
		copy.revisionId = this.revisionId;
		copy.changeSummary = this.changeSummary;
		copy.version = this.version;
		copy.syncDerivedFields();
		return copy;
	}

	public List<String> getSlugKeys() {
		return this.slugKeys;
	}

	public List<String> getTagIds() {
		return this.tagIds;
	}

	void removeTag(String tagId) {
		this.tagIds.remove(tagId);
	}

	void setTagIds(List<String> tagIds) {
		this.tagIds = new ArrayList<>(tagIds);
	}

	public List<String> getAuthorIds() {
		return this.authorIds;
	}

	void setAuthorIds(List<String> authorIds) {
		this.authorIds = new ArrayList<>(authorIds);
	}

	@Nullable public String getSectionId() {
		return this.sectionId;
	}

	void setSectionId(@Nullable String sectionId) {
		this.sectionId = sectionId;
	}

	@Nullable public String getFeaturedImageId() {
		return this.featuredImageId;
	}

	void setFeaturedImageId(@Nullable String featuredImageId) {
		this.featuredImageId = featuredImageId;
	}

	public List<Correction> getCorrections() {
		return this.corrections;
	}

	void addCorrection(Correction correction) {
		this.corrections = new ArrayList<>(this.corrections);
		this.corrections.add(correction);
	}

	@Nullable public Instant getContentChangedAt() {
		return this.contentChangedAt;
	}

	/** Records a change readers can see (not comments, status or internal fields). */
	void contentChanged(Instant at) {
		this.contentChangedAt = at;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	void setStatus(ArticleStatus status) {
		this.status = status;
	}

	@Nullable public Instant getPublishedAt() {
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

	@Nullable public String getUpdatedBy() {
		return this.updatedBy;
	}

	void touch(Instant at, @Nullable String by) {
		this.updatedAt = at;
		this.updatedBy = by;
	}

	/** Names the revision that will record the next saved version, and what changed. */
	void changed(String summary) {
		this.revisionId = new ObjectId().toHexString();
		this.changeSummary = summary;
	}

	@Nullable String getRevisionId() {
		return this.revisionId;
	}

	@Nullable String getChangeSummary() {
		return this.changeSummary;
	}

	public boolean isCommentsOpen() {
		return this.commentsOpen;
	}

	void setCommentsOpen(boolean commentsOpen) {
		this.commentsOpen = commentsOpen;
	}

	@Nullable public Long getVersion() {
		return this.version;
	}

	/**
	 * This copy as the version that its purge from the trash makes (for the last revision
	 * of its history): the stored document is gone, so nothing saves it.
	 */
	void purged(Instant at, @Nullable String by, String summary) {
		this.version = (this.version != null) ? this.version + 1 : 1;
		touch(at, by);
		changed(summary);
	}

}
