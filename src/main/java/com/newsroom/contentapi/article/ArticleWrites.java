package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way an article is written. For each {@link ArticleCommand} it checks the
 * caller's role, reads the article, checks the version the client changed (or takes the
 * current one), applies the change, replaces the document conditionally on its version
 * (Spring Data's {@code @Version}, one atomic MongoDB write), then stores the revision
 * with the full content and publishes an {@link ArticleChangedEvent} (cache purge, audit
 * log, search). Two writers never overwrite each other: a client's stale version is a
 * {@code CONFLICT} naming the current version and who wrote it; a change that does not
 * depend on the client's version is re-read and applied again when a concurrent write
 * wins, a few times before giving up with {@code CONFLICT}. A slug that another article
 * holds is a {@code CONFLICT} naming it (the unique index on {@code slugKeys} decides,
 * even between concurrent writers).
 * <p>
 * Role checks of the API are method security on the controllers; the role here holds for
 * every caller of the write path, the scheduler and importers included.
 */
@Component
class ArticleWrites {

	/**
	 * Attempts of a change to the current version when concurrent writes keep winning.
	 */
	static final int ATTEMPTS = 5;

	private final ArticleStore store;

	private final ArticleRevisions revisions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleWrites(ArticleStore store, ArticleRevisions revisions, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.revisions = revisions;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a new article with its first revision. */
	Article create(Article article, Caller caller, String summary) {
		requireRole(caller, Set.of(Role.EDITOR));
		Instant now = this.clock.instant();
		article.setCreatedAt(now);
		article.touch(now, caller.name());
		article.changed(summary);
		Article saved = save(article);
		if (saved == null) {
			throw new IllegalStateException("a new article cannot lose a race on its version");
		}
		recorded(saved, caller, "create", summary);
		return saved;
	}

	Article execute(ArticleCommand command, Caller caller) {
		requireRole(caller, command.roles());
		for (int attempt = 1;; attempt++) {
			Article article = read(command.articleId(), command.target());
			if (command.expectedVersion() != null && article.getVersion() != command.expectedVersion()) {
				throw staleVersion(article);
			}
			command.change().accept(article);
			article.touch(this.clock.instant(), caller.name());
			article.changed(command.summary());
			Article saved = save(article);
			if (saved != null) {
				recorded(saved, caller, command.action(), command.summary());
				return saved;
			}
			if (command.expectedVersion() != null || attempt == ATTEMPTS) {
				throw staleVersion(read(command.articleId(), command.target()));
			}
		}
	}

	/**
	 * Deletes an article in the trash for good if nobody changed it meanwhile; its
	 * revisions stay, the last one saying who purged it.
	 */
	void purge(String id, Caller caller, String summary) {
		requireRole(caller, Set.of(Role.ADMIN));
		Article article = read(id, ArticleCommand.Target.TRASHED);
		long version = article.getVersion();
		if (!this.store.deleteTrashed(id, version)) {
			throw staleVersion(read(id, ArticleCommand.Target.TRASHED));
		}
		article.purged(this.clock.instant(), caller.name(), summary);
		recorded(article, caller, "purge", summary);
		this.events.publishEvent(new ArticleDeletedEvent(id));
	}

	/** The article where the change needs it. */
	Article read(String id, ArticleCommand.Target target) {
		boolean inTrash = target == ArticleCommand.Target.TRASHED;
		return this.store.findById(id)
			.filter(article -> target == ArticleCommand.Target.ANY || article.isTrashed() == inTrash)
			.orElseThrow(() -> ApiException.notFound("No article with id " + id + (inTrash ? " in the trash" : "")));
	}

	/**
	 * Stores the revision of a change (the article as it is after it) and announces the
	 * change.
	 */
	private void recorded(Article saved, Caller caller, String action, String summary) {
		Instant now = this.clock.instant();
		this.revisions.record(saved, caller.name(), summary, now);
		this.events.publishEvent(
				new ArticleChangedEvent(saved.getId(), saved.getVersion(), action, summary, caller.name(), now));
	}

	private static void requireRole(Caller caller, Set<Role> roles) {
		if (!caller.hasAny(roles.toArray(Role[]::new))) {
			throw caller.isAnonymous() ? ApiException.unauthenticated()
					: ApiException.forbidden("This change needs one of the roles " + roles);
		}
	}

	static ApiException staleVersion(Article current) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("currentVersion", current.getVersion());
		extensions.put("updatedBy", current.getUpdatedBy());
		extensions.put("updatedAt", current.getUpdatedAt().toString());
		return ApiException.conflict("The article is at version " + current.getVersion() + " (changed by "
				+ current.getUpdatedBy() + "); reload it and apply your change again", extensions);
	}

	/**
	 * The article as saved, or {@code null} when a concurrent write changed it since it
	 * was read.
	 */
	@Nullable private Article save(Article article) {
		try {
			return this.store.save(article);
		}
		catch (DuplicateKeyException ex) {
			throw slugClash(article);
		}
		catch (OptimisticLockingFailureException ex) {
			return null;
		}
	}

	/**
	 * Names the slug that is taken, found with one more indexed read (the driver's
	 * message is not shown).
	 */
	private ApiException slugClash(Article article) {
		List<String> taken = new ArrayList<>();
		for (Article other : this.store.findBySlugKeys(article.getSlugKeys())) {
			if (!other.getId().equals(article.getId())) {
				other.getSlugKeys().stream().filter(article.getSlugKeys()::contains).forEach(taken::add);
			}
		}
		String which = taken.isEmpty() ? "a slug" : String.join(", ", taken);
		return ApiException.conflict("Slug already used by another article in that locale: " + which,
				Map.of("field", "slug", "slugs", taken));
	}

}
