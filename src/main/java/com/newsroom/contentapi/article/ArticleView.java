package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

import org.jspecify.annotations.Nullable;

/**
 * An article as one reader sees it: always one whole translation (never a mix of
 * languages), chosen by the reader's locale chain, or the original language when the
 * chain has none of the article's locales. The methods are the GraphQL {@code Article}
 * fields; {@code chain} travels along so nested fields use the same locales.
 */
public record ArticleView(Article article, Translation served, LocaleChain chain,
		@Nullable String requestedSlug) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return ArticleCacheKeys.ARTICLE + id();
	}

	public static ArticleView of(Article article, LocaleChain chain) {
		String locale = chain.pick(article.getTranslations().keySet());
		Translation served = (locale != null) ? article.getTranslations().get(locale) : article.original();
		return new ArticleView(article, served, chain, null);
	}

	/** The article served in a given locale (which must be one of its translations). */
	public static ArticleView in(Article article, String locale, LocaleChain chain) {
		return new ArticleView(article, article.getTranslations().get(locale), chain, null);
	}

	/** The same view, found by this slug (which may be retired or of another locale). */
	ArticleView requestedBy(String slug) {
		return new ArticleView(this.article, this.served, this.chain, slug);
	}

	/** The slug to link to: the current slug of the variant served. */
	public String canonicalSlug() {
		return this.served.slug();
	}

	/**
	 * When the article was found by a slug that is not its canonical one (a retired slug,
	 * or another locale's), the slug a front-end should redirect to; otherwise
	 * {@code null}.
	 */
	public String slugRedirect() {
		return (this.requestedSlug != null && !this.requestedSlug.equals(this.served.slug())) ? this.served.slug()
				: null;
	}

	/** Retired slugs, still resolving and reserved ({@code locale:slug}). */
	public List<String> retiredSlugs() {
		return this.article.getRetiredSlugKeys();
	}

	public String id() {
		return this.article.getId();
	}

	public String locale() {
		return this.served.locale();
	}

	public TextDirection direction() {
		return TextDirection.of(this.served.locale());
	}

	public List<String> availableLocales() {
		return this.article.getLocales();
	}

	/** Every translation's locale, slug and title, for hreflang links. */
	public List<TranslationLink> translations() {
		return this.article.getTranslations()
			.values()
			.stream()
			.map(t -> new TranslationLink(t.locale(), t.slug(), t.title(), TextDirection.of(t.locale()), !t.draft(),
					this.article))
			.toList();
	}

	public String slug() {
		return this.served.slug();
	}

	public String title() {
		return this.served.title();
	}

	public String excerpt() {
		return this.served.excerpt();
	}

	public Body body() {
		return new Body(this.served.body(), this.served.bodyHtml(), this.served.bodyText());
	}

	public Seo seo() {
		Seo seo = this.served.seo();
		String title = (seo != null && seo.title() != null) ? seo.title() : this.served.title();
		String description = (seo != null && seo.description() != null) ? seo.description() : this.served.excerpt();
		return new Seo(title, description);
	}

	public ArticleStatus status() {
		return this.article.getStatus();
	}

	public Instant publishedAt() {
		return this.article.getPublishedAt();
	}

	public Instant updatedAt() {
		return this.article.getUpdatedAt();
	}

	public Instant createdAt() {
		return this.article.getCreatedAt();
	}

	/**
	 * The last change readers can see: publication, then any later change to the text,
	 * byline, section or tags, or a correction; never comments, moderation or reindexing.
	 */
	public Instant dateModified() {
		Instant published = this.article.getPublishedAt();
		Instant changed = this.article.getContentChangedAt();
		if (published == null) {
			return (changed != null) ? changed : this.article.getCreatedAt();
		}
		return (changed != null && changed.isAfter(published)) ? changed : published;
	}

	/**
	 * The corrections log newest first: those of the translation served, or of every
	 * translation.
	 */
	public List<Correction> corrections(boolean allLocales) {
		List<Correction> corrections = new java.util.ArrayList<>(this.article.getCorrections());
		java.util.Collections.reverse(corrections);
		return allLocales ? corrections
				: corrections.stream().filter(correction -> correction.locale().equals(this.served.locale())).toList();
	}

	public String updatedBy() {
		return this.article.getUpdatedBy();
	}

	/**
	 * When the article was moved to the trash; {@code null} unless it is in the trash.
	 */
	@Nullable public Instant trashedAt() {
		return this.article.getTrashedAt();
	}

	/** Who moved the article to the trash; {@code null} unless it is in the trash. */
	@Nullable public String trashedBy() {
		return this.article.getTrashedBy();
	}

	public boolean commentsOpen() {
		return this.article.isCommentsOpen();
	}

	public long version() {
		return this.article.getVersion();
	}

	/**
	 * Views are the keys of the batch loaders of a page ({@code tags},
	 * {@code commentCount}), hashed several times per article: equal when they show the
	 * same version of the same article in the same locale to the same chain, which a few
	 * strings decide (the record's own methods hashed every field of the translation on
	 * every call).
	 */
	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof ArticleView view && Objects.equals(this.article.getId(), view.article.getId())
						&& Objects.equals(this.article.getVersion(), view.article.getVersion())
						&& this.served.locale().equals(view.served.locale()) && this.chain.equals(view.chain)
						&& Objects.equals(this.requestedSlug, view.requestedSlug));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.article.getId(), this.served.locale(), this.requestedSlug);
	}

	/** A translation to link to; {@code article} is for its URL. */
	public record TranslationLink(String locale, String slug, String title, TextDirection direction, boolean published,
			Article article) {
	}

	public record Body(String markdown, String html, String text) {
	}

}
