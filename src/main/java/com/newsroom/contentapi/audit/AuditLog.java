package com.newsroom.contentapi.audit;

import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import org.springframework.data.domain.KeysetScrollPosition;
import com.newsroom.contentapi.article.ArticleChangedEvent;
import com.newsroom.contentapi.comment.CommentModeratedEvent;
import com.newsroom.contentapi.security.ApiTokenEvent;
import com.newsroom.contentapi.site.SiteChangedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The audit log: an append-only record of article changes, token creation and revocation,
 * comment moderation and changes to the site's settings, labels and menus, written from
 * the events those features publish (so none of them depends on this package), and
 * readable by admins newest first.
 */
@Service
class AuditLog {

	private static final KeysetWindows.SortKey<AuditEntry> NEWEST_FIRST = new KeysetWindows.SortKey<>("at",
			Sort.Direction.DESC, AuditEntry::at, AuditEntry::id);

	private final MongoTemplate mongo;

	AuditLog(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(AuditEntry.class)
			.createIndex(new Index().on("at", Sort.Direction.DESC).on("_id", Sort.Direction.DESC).named("newest"));
		mongo.indexOps(AuditEntry.class)
			.createIndex(new Index().on("articleId", Sort.Direction.ASC)
				.on("at", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC)
				.named("by_article"));
	}

	@EventListener
	void onArticleChanged(ArticleChangedEvent event) {
		this.mongo.insert(new AuditEntry(null, event.at(), event.actor(), "article." + event.action(), "ARTICLE",
				event.articleId(), event.articleId(), event.summary() + " (version " + event.version() + ")"));
	}

	@EventListener
	void onApiToken(ApiTokenEvent event) {
		this.mongo.insert(new AuditEntry(null, event.at(), event.actor(), event.action(), "API_TOKEN", event.tokenId(),
				null, event.tokenName() + " (" + event.role() + ")"));
	}

	@EventListener
	void onCommentModerated(CommentModeratedEvent event) {
		this.mongo.insert(new AuditEntry(null, event.at(), event.actor(), event.action(), "COMMENT", event.commentId(),
				event.articleId(), event.summary()));
	}

	@EventListener
	void onSiteChanged(SiteChangedEvent event) {
		this.mongo.insert(new AuditEntry(null, event.at(), event.actor(), event.action(), "SITE", event.target(), null,
				event.summary()));
	}

	Listing<AuditEntry> entries(@Nullable String articleId, KeysetScrollPosition position, int size) {
		Criteria filter = (articleId != null) ? Criteria.where("articleId").is(articleId) : new Criteria();
		return KeysetWindows.window(this.mongo, AuditEntry.class, filter, NEWEST_FIRST, position, size, fields -> {
		});
	}

}
