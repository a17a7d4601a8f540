package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Instant;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Publishing, scheduling, unpublishing and archiving articles. These changes do not
 * depend on the content the client read, so each applies to the current version
 * ({@link ArticleCommand#ofCurrent}) through {@link ArticleWrites}; what readers then see
 * is {@link ArticleVisibility}'s to say.
 */
@Service
public class ArticlePublishing {

	private static final Caller SCHEDULER = new Caller("scheduler", Role.ADMIN);

	private final ArticleWrites writes;

	private final ArticleStore store;

	private final Clock clock;

	ArticlePublishing(ArticleWrites writes, ArticleStore store, Clock clock) {
		this.writes = writes;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Publishes now, or schedules for {@code at} when it lies in the future; {@code at}
	 * in the past publishes now. An article that is already published keeps its
	 * publication date.
	 */
	public Article publish(String id, @Nullable Instant at, Caller caller) {
		boolean schedule = at != null && at.isAfter(this.clock.instant());
		String summary = schedule ? "scheduled for " + at : "published";
		return this.writes
			.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, schedule ? "schedule" : "publish", summary, article -> {
				Instant now = this.clock.instant();
				if (schedule) {
					article.setStatus(ArticleStatus.SCHEDULED);
					article.setPublishedAt(at);
				}
				else if (ArticleVisibility.statusAt(article, now) != ArticleStatus.PUBLISHED) {
					article.setStatus(ArticleStatus.PUBLISHED);
					article.setPublishedAt(now);
				}
				else {
					article.setStatus(ArticleStatus.PUBLISHED);
				}
			}), caller);
	}

	/**
	 * Publishes with a given publication date, for importing content that appeared
	 * elsewhere first.
	 */
	public Article publishAsOf(String id, Instant publishedAt, Caller caller) {
		return this.writes
			.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, "publish", "published as of " + publishedAt, article -> {
				article.setStatus(ArticleStatus.PUBLISHED);
				article.setPublishedAt(publishedAt);
			}), caller);
	}

	/**
	 * Back to draft: hidden from readers; the publication date is kept for the record.
	 */
	public Article unpublish(String id, Caller caller) {
		return this.writes.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, "unpublish", "back to draft",
				article -> article.setStatus(ArticleStatus.DRAFT)), caller);
	}

	/**
	 * Out of every public list and lookup, still readable (and restorable) by editors.
	 */
	public Article archive(String id, Caller caller) {
		return this.writes.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, "archive", "archived",
				article -> article.setStatus(ArticleStatus.ARCHIVED)), caller);
	}

	/**
	 * Turns scheduled articles whose time has come into published ones. Readers already
	 * see them ({@link ArticleVisibility}); this only brings the stored status in line,
	 * with a revision like any change. An article unpublished or deleted meanwhile is
	 * left as it is.
	 */
	public int publishDue() {
		int published = 0;
		for (Article due : this.store.dueScheduled(this.clock.instant())) {
			try {
				this.writes.execute(ArticleCommand.ofCurrent(due.getId(), Role.EDITOR, "publish",
						"published as scheduled", article -> {
							if (ArticleVisibility.statusAt(article, this.clock.instant()) != ArticleStatus.PUBLISHED
									|| article.getStatus() != ArticleStatus.SCHEDULED) {
								throw new NoLongerDue();
							}
							article.setStatus(ArticleStatus.PUBLISHED);
						}), SCHEDULER);
				published++;
			}
			catch (NoLongerDue | ApiException ex) {
				// unpublished, rescheduled or deleted meanwhile: nothing to do
			}
		}
		return published;
	}

	/** The scheduled article was changed since it was found due. */
	private static final class NoLongerDue extends RuntimeException {

		NoLongerDue() {
			super(null, null, false, false);
		}

	}

}
