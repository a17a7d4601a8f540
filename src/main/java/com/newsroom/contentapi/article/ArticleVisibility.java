package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What readers see of an article's status, decided here and nowhere else, in the three
 * forms the service needs: the status of one article in memory ({@link #statusOf},
 * {@link #isPublic}, {@link #isVisibleTo}), the query criteria that select the same
 * articles in MongoDB ({@link #criteria}, {@link #visibleTo}), and the next instant the
 * answer changes by itself ({@link #nextChange}, for caches).
 * <p>
 * The rule: a scheduled article is published from its publication time on, whether or not
 * the scheduler has run yet (so both forms compare {@code publishedAt} with now); an
 * article in the trash is {@code TRASHED} whatever it was before, and no criteria but
 * {@code TRASHED}'s own matches it (its stored status is {@code TRASHED}). Readers see
 * what is published; editors every status but the trash.
 */
@Component
public class ArticleVisibility {

	private final Clock clock;

	private final ArticleStore store;

	ArticleVisibility(Clock clock, ArticleStore store) {
		this.clock = clock;
		this.store = store;
	}

	/** The status readers see now. */
	public ArticleStatus statusOf(Article article) {
		return statusAt(article, this.clock.instant());
	}

	static ArticleStatus statusAt(Article article, Instant now) {
		ArticleStatus stored = article.getStatus();
		if (stored == ArticleStatus.SCHEDULED && article.getPublishedAt() != null
				&& !article.getPublishedAt().isAfter(now)) {
			return ArticleStatus.PUBLISHED;
		}
		return stored;
	}

	/** Published as readers see it now. */
	public boolean isPublic(Article article) {
		return statusOf(article) == ArticleStatus.PUBLISHED;
	}

	/**
	 * Whether this caller may read the article: readers what is public, editors anything
	 * but the trash.
	 */
	public boolean isVisibleTo(Article article, Caller caller) {
		return isPublic(article) || (caller.hasAny(Role.EDITOR) && !article.isTrashed());
	}

	/**
	 * The article as this caller may read it: readers never see draft translations (a
	 * translation still being written of a published article), editors see them all.
	 */
	public Article asSeenBy(Article article, Caller caller) {
		return caller.hasAny(Role.EDITOR) ? article : article.withoutDraftTranslations();
	}

	/**
	 * The indexed array of locales a list through a locale chain matches on: for what
	 * readers see as published, the locales of translations that are not drafts.
	 */
	static String localesField(ArticleStatus status) {
		return (status == ArticleStatus.PUBLISHED) ? "publishedLocales" : "locales";
	}

	/**
	 * The stored documents whose status readers see as {@code status} now: "published"
	 * includes scheduled articles whose time has come, "scheduled" only those still to
	 * come; one index range ({@code status $in,
	 * publishedAt <= now}) either way.
	 */
	public Criteria criteria(ArticleStatus status) {
		Instant now = this.clock.instant();
		return switch (status) {
			case PUBLISHED -> Criteria.where("status")
				.in(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED)
				.and("publishedAt")
				.lte(now);
			case SCHEDULED -> Criteria.where("status").is(ArticleStatus.SCHEDULED).and("publishedAt").gt(now);
			default -> Criteria.where("status").is(status);
		};
	}

	/**
	 * The stored documents this caller may read, as {@link #isVisibleTo} decides for one.
	 */
	public Criteria visibleTo(Caller caller) {
		return caller.hasAny(Role.EDITOR) ? Criteria.where("status").ne(ArticleStatus.TRASHED)
				: criteria(ArticleStatus.PUBLISHED);
	}

	/**
	 * The rule of {@link #visibleTo} as data, for an index that is not MongoDB (search):
	 * the stored statuses this caller may find and, for readers, the instant publication
	 * times must not be after.
	 */
	public Findable findableBy(Caller caller) {
		return caller.hasAny(Role.EDITOR)
				? new Findable(java.util.EnumSet.complementOf(java.util.EnumSet.of(ArticleStatus.TRASHED)), null, true)
				: new Findable(java.util.EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED),
						this.clock.instant(), false);
	}

	/**
	 * Stored statuses a caller may find, and the latest publication time they may have
	 * ({@code null}: any).
	 */
	public record Findable(java.util.Set<ArticleStatus> statuses, @Nullable Instant publishedBy,
			boolean draftTranslations) {
	}

	/**
	 * When the next scheduled article becomes public, if any is scheduled: the answers
	 * above change then.
	 */
	public Optional<Instant> nextChange() {
		return this.store.nextScheduled(this.clock.instant());
	}

}
