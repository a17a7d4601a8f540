package com.newsroom.contentapi.comment;

import java.util.Map;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.limits.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * Rate limits on posting, per client IP and per article, answered with
 * {@code RATE_LIMITED} and {@code extensions.retryAfterSeconds}. They are counted by the
 * shared {@link RateLimiter}, in MongoDB, so they hold for the whole deployment however
 * many instances serve it. The article's limit is shared by all its readers, so only
 * posts that passed the challenge count against it (see {@link CommentService#add});
 * otherwise anyone could lock an article with forged posts.
 */
@Component
class CommentRateLimiter {

	private final CommentProperties.RateLimit settings;

	private final RateLimiter limits;

	CommentRateLimiter(CommentProperties properties, RateLimiter limits) {
		this.settings = properties.rateLimit();
		this.limits = limits;
	}

	void acquireForClient(String clientIp) {
		take("comment-ip:" + clientIp, this.settings.perIp(), "comments from your address");
	}

	void acquireForArticle(String articleId) {
		take("comment-article:" + articleId, this.settings.perArticle(), "comments on this article");
	}

	private void take(String key, int limit, String what) {
		if (!this.settings.enabled()) {
			return;
		}
		RateLimiter.Decision decision = this.limits.acquire(key, limit, this.settings.period());
		if (!decision.allowed()) {
			long seconds = decision.retryAfterSeconds();
			throw new ApiException(ErrorCode.RATE_LIMITED, "Too many " + what + "; try again in " + seconds + " s",
					Map.of("retryAfterSeconds", seconds));
		}
	}

}
