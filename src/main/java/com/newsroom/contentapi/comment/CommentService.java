package com.newsroom.contentapi.comment;

import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import org.springframework.data.domain.KeysetScrollPosition;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleDeletedEvent;
import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.comment.CommentInputs.AddCommentInput;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.ClientInfo;
import com.newsroom.contentapi.text.Digests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Criteria;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Posting, listing and moderating comments. A post goes through, in order: the challenge
 * token's signature and expiry (no I/O), the client's rate limit, the article (published,
 * comments open), the challenge's answer (the attempt uses it up), the article's rate
 * limit, the thread (depth capped), then the spam score, which decides its status
 * together with auto-approval (for authors proven by a signed token only, see
 * {@link KnownAuthors}). The article's bucket is shared by all its readers, so only posts
 * that passed the challenge count against it: forged or wrongly answered posts cannot
 * lock readers out. Only approved comments are shown and counted; every change of
 * "approved" adjusts the counters with {@code $inc} exactly once, because status changes
 * are conditional updates.
 */
@Service
class CommentService {

	private final CommentStore store;

	private final ChallengeService challenges;

	private final SpamScorer spam;

	private final CommentRateLimiter rateLimiter;

	private final ArticleReader articles;

	private final CommentProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final KnownAuthors authors;

	CommentService(CommentStore store, ChallengeService challenges, SpamScorer spam, CommentRateLimiter rateLimiter,
			ArticleReader articles, CommentProperties properties, Clock clock, ApplicationEventPublisher events,
			KnownAuthors authors) {
		this.events = events;
		this.authors = authors;
		this.store = store;
		this.challenges = challenges;
		this.spam = spam;
		this.rateLimiter = rateLimiter;
		this.articles = articles;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Posts a comment; returns it with a new author token for its author key (null when
	 * auto-approval is off).
	 */
	Posted add(AddCommentInput input, ClientInfo client) {
		ChallengeService.Opened challenge = this.challenges.open(input.challengeToken());
		this.rateLimiter.acquireForClient(client.ip());
		Article article = this.articles.publishedById(input.articleId())
			.orElseThrow(() -> ApiException.notFound("No published article with id " + input.articleId()));
		if (!article.isCommentsOpen()) {
			throw ApiException.forbidden("Comments are closed on this article");
		}
		String authorUrl = validAuthorUrl(input.authorUrl());
		String authorName = CommentText.authorName(input.authorName());
		if (authorName.isEmpty()) {
			throw ApiException.badInput("input.authorName", "must have visible characters");
		}
		String body = CommentText.body(input.body());
		if (body.isEmpty()) {
			throw ApiException.badInput("input.body", "must have visible characters");
		}
		ChallengeService.Solved solved = this.challenges.redeem(challenge, input.challengeAnswer());
		this.rateLimiter.acquireForArticle(article.getId());
		List<String> ancestors = ancestorsForReply(input.parentId(), article.getId());
		String parentId = ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
		String provenKey = this.authors.provenKey(input.authorToken()).orElse(null);
		String authorKey = (provenKey != null) ? provenKey : this.authors.newKey();

		Comment candidate = new Comment(null, article.getId(), parentId, ancestors, authorName,
				input.authorEmail().strip().toLowerCase(Locale.ROOT), authorKey, authorUrl, body,
				CommentText.toHtml(body), bodyHash(body), solved.locale(), client.ip(), client.userAgent(),
				CommentStatus.PENDING, 0, List.of(), 0, this.clock.instant(), null, null, CommentText.RENDER_VERSION);
		SpamScorer.Verdict verdict = this.spam.score(candidate, solved.issuedAt());
		CommentStatus status = this.spam.statusFor(verdict, this.authors.mayAutoApprove(provenKey, body, authorUrl));
		Comment saved = this.store.insert(new Comment(null, candidate.articleId(), parentId, ancestors,
				candidate.authorName(), candidate.authorEmail(), authorKey, authorUrl, body, candidate.bodyHtml(),
				candidate.bodyHash(), candidate.locale(), candidate.clientIp(), candidate.userAgent(), status,
				verdict.score(), verdict.signals(), 0, candidate.createdAt(), null, null, CommentText.RENDER_VERSION));
		if (status == CommentStatus.APPROVED) {
			countApproval(saved, 1);
		}
		this.events
			.publishEvent(new CommentPostedEvent(saved.id(), saved.articleId(), status == CommentStatus.APPROVED));
		return new Posted(saved, this.authors.tokenFor(authorKey));
	}

	/**
	 * The thread a reply joins: the parent's ancestors and the parent, cut so that the
	 * reply is at most {@code maxDepth} deep (a reply to a deeper comment attaches to the
	 * deepest allowed ancestor).
	 */
	private List<String> ancestorsForReply(@Nullable String parentId, String articleId) {
		if (parentId == null || parentId.isBlank()) {
			return List.of();
		}
		Comment parent = this.store.findById(parentId)
			.filter(c -> c.articleId().equals(articleId) && c.status() == CommentStatus.APPROVED)
			.orElseThrow(() -> ApiException.badInput("input.parentId",
					"no approved comment " + parentId + " on this article"));
		List<String> chain = new ArrayList<>(parent.ancestorIds());
		chain.add(parent.id());
		int maxDepth = Math.max(0, this.properties.maxDepth());
		return List.copyOf(chain.subList(0, Math.min(chain.size(), maxDepth)));
	}

	/**
	 * The approved top-level comments of several articles, a page of each, in one query.
	 */
	Map<ParentScroll, Listing<Comment>> approvedTopLevel(Set<ParentScroll> scrolls) {
		return this.store
			.windowsPerArticle(Criteria.where("parentId").is(null).and("status").is(CommentStatus.APPROVED), scrolls);
	}

	Listing<Comment> forModeration(CommentStatus status, @Nullable String articleId, KeysetScrollPosition position,
			int size) {
		Criteria filter = Criteria.where("status").is(status);
		if (articleId != null) {
			filter = Criteria.where("articleId").is(articleId).and("status").is(status);
		}
		return this.store.window(filter, position, size);
	}

	Comment moderate(String id, CommentStatus to, Caller caller) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Comment current = this.store.findById(id).orElseThrow(() -> ApiException.notFound("No comment " + id));
			if (current.status() == to) {
				return current;
			}
			Optional<Comment> changed = this.store.transition(id, current.status(), to, caller.name(),
					this.clock.instant());
			if (changed.isPresent()) {
				int delta = (to == CommentStatus.APPROVED ? 1 : 0)
						- (current.status() == CommentStatus.APPROVED ? 1 : 0);
				countApproval(current, delta);
				this.events.publishEvent(new CommentModeratedEvent("comment.moderate", id, current.articleId(),
						current.status() + " → " + to, caller.name(), this.clock.instant()));
				return changed.get();
			}
		}
		throw ApiException.conflict("The comment is being moderated by someone else; reload it", Map.of());
	}

	/**
	 * Deletes a comment with its replies, and takes the approved ones out of the counts.
	 */
	String delete(String id, Caller caller) {
		List<Comment> subtree = this.store.subtree(id);
		if (subtree.stream().noneMatch(c -> c.id().equals(id))) {
			throw ApiException.notFound("No comment " + id);
		}
		for (Comment comment : subtree) {
			if (this.store.delete(List.of(comment.id())) == 1 && comment.status() == CommentStatus.APPROVED) {
				this.store.addToApprovedCount(comment.articleId(), -1);
				if (comment.id().equals(id) && comment.parentId() != null) {
					this.store.addToReplyCount(comment.parentId(), -1);
				}
			}
		}
		this.events.publishEvent(new CommentModeratedEvent("comment.delete", id, subtree.get(0).articleId(),
				"deleted with " + (subtree.size() - 1) + " repl" + ((subtree.size() == 2) ? "y" : "ies"), caller.name(),
				this.clock.instant()));
		return id;
	}

	@EventListener
	void onArticleDeleted(ArticleDeletedEvent event) {
		this.store.deleteAllOfArticle(event.articleId());
	}

	Map<String, Integer> approvedCounts(List<String> articleIds) {
		return this.store.approvedCounts(articleIds);
	}

	Map<String, List<Comment>> approvedReplies(List<Comment> parents) {
		Map<String, List<Comment>> replies = new java.util.HashMap<>();
		if (parents.isEmpty()) {
			return replies;
		}
		for (Comment reply : this.store.approvedRepliesOf(parents.stream().map(Comment::id).toList())) {
			replies.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
		}
		return replies;
	}

	private void countApproval(Comment comment, int delta) {
		if (delta == 0) {
			return;
		}
		this.store.addToApprovedCount(comment.articleId(), delta);
		if (comment.parentId() != null) {
			this.store.addToReplyCount(comment.parentId(), delta);
		}
	}

	private static String validAuthorUrl(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			URI uri = URI.create(url.strip());
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null) {
				return uri.toString();
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw ApiException.badInput("input.authorUrl", "must be an http or https URL");
	}

	/** Identifies a text regardless of case and spacing, for the duplicate signal. */
	private static String bodyHash(String body) {
		return Digests.sha256Hex(body.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
	}

	record Posted(Comment comment, @Nullable String authorToken) {
	}

}
