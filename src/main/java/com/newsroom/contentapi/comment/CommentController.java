package com.newsroom.contentapi.comment;

import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import jakarta.validation.Valid;

import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticleService;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.comment.CommentInputs.AddCommentInput;
import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.PageRequest;
import com.newsroom.contentapi.graphql.PagingProperties;
import com.newsroom.contentapi.graphql.ResponseCaching;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.ModeratorsOnly;
import com.newsroom.contentapi.security.EditorsAndModerators;
import com.newsroom.contentapi.security.ClientInfo;
import com.newsroom.contentapi.security.Role;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;

/**
 * The comment fields of the schema, including the comment side of articles
 * ({@code Article.comments}, {@code Article.commentCount}). Personal data (e-mail, IP,
 * user agent) and spam details are shown to moderators and admins only; everyone else
 * gets {@code null}.
 */
@Controller
class CommentController {

	/**
	 * The loader of {@code Article.comments}: the pages of all articles of a response in
	 * one query.
	 */
	static final String ARTICLE_COMMENTS = "articleComments";

	private final CommentService comments;

	private final ChallengeService challenges;

	private final ArticleService articles;

	private final ArticleReader articleReader;

	private final LocaleChainResolver localeChains;

	private final PagingProperties paging;

	CommentController(CommentService comments, ChallengeService challenges, ArticleService articles,
			ArticleReader articleReader, LocaleChainResolver localeChains, PagingProperties paging,
			BatchLoaderRegistry loaders) {
		loaders.<ParentScroll, Listing<Comment>>forName(ARTICLE_COMMENTS)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromSupplier(() -> comments.approvedTopLevel(keys)));
		this.comments = comments;
		this.challenges = challenges;
		this.articles = articles;
		this.articleReader = articleReader;
		this.localeChains = localeChains;
		this.paging = paging;
	}

	@QueryMapping
	ChallengeService.Challenge commentChallenge(@Argument @Nullable Locale locale, GraphQLContext context) {
		ResponseCaching.forbidStoring(context);
		return this.challenges.issue(this.localeChains.resolve(locale, context).tags().get(0));
	}

	@MutationMapping
	AddCommentResult addComment(@Argument @Valid AddCommentInput input, @ContextValue ClientInfo client) {
		CommentService.Posted posted = this.comments.add(input, client);
		return new AddCommentResult(posted.comment(), posted.comment().status(), posted.authorToken());
	}

	@QueryMapping
	@ModeratorsOnly
	Connection<Comment> commentsForModeration(@Argument @Nullable CommentStatus status,
			@Argument @Nullable String articleId, @Argument @Nullable Integer first, @Argument @Nullable String after,
			@ContextValue Caller caller) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		return Connection.of(this.comments.forModeration(status, articleId, page.position(), page.size()), page);
	}

	@MutationMapping
	@ModeratorsOnly
	Comment moderateComment(@Argument String id, @Argument CommentStatus status, @ContextValue Caller caller) {
		return this.comments.moderate(id, status, caller);
	}

	@MutationMapping
	@ModeratorsOnly
	String deleteComment(@Argument String id, @ContextValue Caller caller) {
		return this.comments.delete(id, caller);
	}

	/**
	 * Moderators may open or close comments on any article, but get the article back only
	 * when they may read it (a draft's title and text are for editors): otherwise the
	 * change is made and the result is {@code null}.
	 */
	@MutationMapping
	@EditorsAndModerators
	ArticleView setCommentsOpen(@Argument String articleId, @Argument boolean open, @ContextValue Caller caller,
			GraphQLContext context) {
		return this.articleReader
			.asSeenBy(this.articles.setCommentsOpen(articleId, open, caller), this.localeChains.resolve(null, context),
					caller)
			.orElse(null);
	}

	/**
	 * Approved top-level comments; none for an article in the trash (editors see it only
	 * in the trash list).
	 */
	@SchemaMapping(typeName = "Article")
	CompletableFuture<Connection<Comment>> comments(ArticleView article, @Argument @Nullable Integer first,
			@Argument @Nullable String after, DataLoader<ParentScroll, Listing<Comment>> articleComments) {
		PageRequest page = PageRequest.forward(this.paging, first, after);
		if (article.article().isTrashed()) {
			return CompletableFuture.completedFuture(Connection.empty());
		}
		return articleComments.load(page.under(article.id())).thenApply(listing -> Connection.of(listing, page));
	}

	/**
	 * Approved comments of a whole page of articles, from the counters collection in one
	 * query.
	 */
	@BatchMapping(typeName = "Article")
	Map<ArticleView, Integer> commentCount(List<ArticleView> views) {
		Map<String, Integer> counts = this.comments.approvedCounts(views.stream().map(ArticleView::id).toList());
		Map<ArticleView, Integer> result = new LinkedHashMap<>();
		views.forEach(view -> result.put(view, counts.getOrDefault(view.id(), 0)));
		return result;
	}

	/** Approved replies of a whole page of comments in one query. */
	@BatchMapping(typeName = "Comment")
	Map<Comment, List<Comment>> replies(List<Comment> parents) {
		Map<String, List<Comment>> byParent = this.comments.approvedReplies(parents);
		Map<Comment, List<Comment>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, byParent.getOrDefault(parent.id(), List.of())));
		return result;
	}

	/**
	 * The stored HTML, or the body rendered again when an older renderer stored it and
	 * {@link CommentRerendering} has not rewritten it yet: no reader ever gets HTML made
	 * by a version known to be unsafe. The same holds for the body and the author's name.
	 */
	@SchemaMapping(typeName = "Comment")
	String bodyHtml(Comment comment) {
		return upToDate(comment) ? comment.bodyHtml() : CommentText.toHtml(comment.body());
	}

	@SchemaMapping(typeName = "Comment")
	String body(Comment comment) {
		return upToDate(comment) ? comment.body() : CommentText.body(comment.body());
	}

	@SchemaMapping(typeName = "Comment")
	String authorName(Comment comment) {
		return upToDate(comment) ? comment.authorName() : CommentText.authorName(comment.authorName());
	}

	private static boolean upToDate(Comment comment) {
		return !comment.renderedBefore(CommentText.RENDER_VERSION);
	}

	@SchemaMapping(typeName = "Comment")
	String authorEmail(Comment comment, @ContextValue Caller caller) {
		return moderator(caller) ? comment.authorEmail() : null;
	}

	@SchemaMapping(typeName = "Comment")
	String clientIp(Comment comment, @ContextValue Caller caller) {
		return moderator(caller) ? comment.clientIp() : null;
	}

	@SchemaMapping(typeName = "Comment")
	String userAgent(Comment comment, @ContextValue Caller caller) {
		return moderator(caller) ? comment.userAgent() : null;
	}

	@SchemaMapping(typeName = "Comment")
	Integer spamScore(Comment comment, @ContextValue Caller caller) {
		return moderator(caller) ? comment.spamScore() : null;
	}

	@SchemaMapping(typeName = "Comment")
	List<String> spamSignals(Comment comment, @ContextValue Caller caller) {
		return moderator(caller) ? comment.spamSignals() : null;
	}

	private static boolean moderator(Caller caller) {
		return caller.hasAny(Role.MODERATOR);
	}

	record AddCommentResult(Comment comment, CommentStatus status, @Nullable String authorToken) {
	}

}
