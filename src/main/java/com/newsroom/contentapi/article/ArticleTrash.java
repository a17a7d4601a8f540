package com.newsroom.contentapi.article;

import java.time.Clock;

import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.stereotype.Service;

/**
 * The trash, so that one leaked editor token cannot erase the site: deleting an article
 * moves it to the trash (its status becomes {@code TRASHED}, every read leaves it out,
 * its slugs stay reserved, its comments stay stored), editors restore it in the status it
 * had, and only an admin purges it for good, with its comments. Each step goes through
 * the articles' one write path ({@link ArticleWrites}): a revision, an audit entry and
 * the cache purge through {@link ArticleChangedEvent}.
 */
@Service
class ArticleTrash {

	private final ArticleWrites writes;

	private final Clock clock;

	ArticleTrash(ArticleWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	/**
	 * Moves an article to the trash; {@code NOT_FOUND} if there is no such article
	 * outside the trash.
	 */
	Article trash(String id, Caller caller) {
		ArticleStatus was = this.writes.read(id, ArticleCommand.Target.LIVE).getStatus();
		return this.writes.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, "trash",
				"moved to the trash (was " + was + ")", article -> article.trash(this.clock.instant(), caller.name())),
				caller);
	}

	/** Takes an article out of the trash in the status it had when it was trashed. */
	Article restore(String id, Caller caller) {
		ArticleStatus was = this.writes.read(id, ArticleCommand.Target.TRASHED).getStatusBeforeTrash();
		return this.writes.execute(
				ArticleCommand
					.ofCurrent(id, Role.EDITOR, "restore-from-trash", "restored from the trash as " + was,
							Article::restoreFromTrash)
					.in(ArticleCommand.Target.TRASHED),
				caller);
	}

	/**
	 * Deletes an article in the trash for good, with its comments
	 * ({@link ArticleDeletedEvent}), if nobody changed it meanwhile. Its revisions stay,
	 * the last one saying who purged it: the history of the site is kept.
	 */
	String purge(String id, Caller caller) {
		this.writes.purge(id, caller, "purged from the trash with its comments");
		return id;
	}

}
