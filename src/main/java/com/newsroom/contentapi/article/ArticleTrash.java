package com.newsroom.contentapi.article;

import java.time.Clock;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The trash, so that one leaked editor token cannot erase the site: deleting an article moves it to the trash
 * (its status becomes {@code TRASHED}, every read leaves it out, its slugs stay reserved, its comments stay
 * stored), editors restore it in the status it had, and only an admin purges it for good, with its comments.
 * Each step goes through the articles' one write path ({@link ArticleService#apply}): a revision, an audit entry
 * and the cache purge through {@link ArticleChangedEvent}.
 */
@Service
class ArticleTrash {

	private final ArticleService articles;

	private final ArticleStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleTrash(ArticleService articles, ArticleStore store, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Moves an article to the trash; {@code NOT_FOUND} if there is no such article outside the trash. */
	Article trash(String id, Caller caller) {
		Article article = this.articles.existing(id);
		ArticleStatus was = article.getStatus();
		return this.articles.apply(article, article.getVersion(), caller, "trash",
				"moved to the trash (was " + was + ")", a -> a.trash(this.clock.instant(), caller.name()));
	}

	/** Takes an article out of the trash in the status it had when it was trashed. */
	Article restore(String id, Caller caller) {
		Article article = inTrash(id);
		return this.articles.apply(article, article.getVersion(), caller, "restore-from-trash",
				"restored from the trash as " + article.getStatusBeforeTrash(), Article::restoreFromTrash);
	}

	/**
	 * Deletes an article in the trash for good, with its comments ({@link ArticleDeletedEvent}), if nobody changed
	 * it meanwhile. Its revisions stay, the last one saying who purged it: the history of the site is kept.
	 */
	String purge(String id, Caller caller) {
		Article article = inTrash(id);
		long version = article.getVersion();
		if (!this.store.deleteTrashed(id, version)) {
			throw ArticleService.staleVersion(inTrash(id));
		}
		article.setVersion(version + 1);
		article.touch(this.clock.instant(), caller.name());
		article.changed("purged from the trash with its comments");
		this.articles.recordChange(article, caller, "purge", "purged from the trash with its comments");
		this.events.publishEvent(new ArticleDeletedEvent(id));
		return id;
	}

	private Article inTrash(String id) {
		return this.store.findById(id)
			.filter(Article::isTrashed)
			.orElseThrow(() -> ApiException.notFound("No article with id " + id + " in the trash"));
	}

}
