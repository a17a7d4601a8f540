package com.newsroom.contentapi.article;

import java.util.Set;
import java.util.function.Consumer;

import com.newsroom.contentapi.security.Role;

import org.jspecify.annotations.Nullable;

/**
 * One change to an existing article, stated whole for {@link ArticleWrites}, the executor
 * every change goes through: which article, who may make the change, what it is called in
 * the history, which version it applies to, and the change itself.
 *
 * @param articleId the article
 * @param roles the roles that may make the change, any of them ({@code ADMIN} holds every
 * role)
 * @param action the audit action ({@code update}, {@code publish}, …)
 * @param summary the revision's one-line summary, shown in the history
 * @param expectedVersion the version the client read and changed ({@code CONFLICT} when
 * the article has moved on), or {@code null} for a change that does not depend on what
 * the client saw (publishing, archiving, removing a deleted tag): it is applied to the
 * current version, re-read and applied again if a concurrent write wins
 * @param target where the article must be: outside the trash (every change but a few), in
 * it, or anywhere
 * @param change the change, applied to the article as read; it may refuse with an
 * {@code ApiException}
 */
record ArticleCommand(String articleId, Set<Role> roles, String action, String summary, @Nullable Long expectedVersion,
		Target target, Consumer<Article> change) {

	/** A change the client made to the version it read. */
	static ArticleCommand ofVersion(String articleId, long expectedVersion, Role role, String action, String summary,
			Consumer<Article> change) {
		return new ArticleCommand(articleId, Set.of(role), action, summary, expectedVersion, Target.LIVE, change);
	}

	/** A change that applies to whatever the current version is. */
	static ArticleCommand ofCurrent(String articleId, Role role, String action, String summary,
			Consumer<Article> change) {
		return new ArticleCommand(articleId, Set.of(role), action, summary, null, Target.LIVE, change);
	}

	/** The same change, for an article where {@code target} says. */
	ArticleCommand in(Target target) {
		return new ArticleCommand(this.articleId, this.roles, this.action, this.summary, this.expectedVersion, target,
				this.change);
	}

	/** The same change, which callers holding any of {@code roles} may make. */
	ArticleCommand by(Role... roles) {
		return new ArticleCommand(this.articleId, Set.of(roles), this.action, this.summary, this.expectedVersion,
				this.target, this.change);
	}

	/** Where the article must be for the change to apply. */
	enum Target {

		/** Outside the trash: every change but taking it out. */
		LIVE,

		/** In the trash. */
		TRASHED,

		/** Wherever it is (a deleted tag leaves every article). */
		ANY

	}

}
