package com.newsroom.contentapi.graphql;

/**
 * The values of {@code extensions.code} that clients can rely on. Every error the API
 * returns carries one.
 */
public enum ErrorCode {

	BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, INTERNAL,

	/** A comment's arithmetic challenge was wrong, expired, reused or forged. */
	CHALLENGE_FAILED,

	/** Too many requests; {@code extensions.retryAfterSeconds} says when to try again. */
	RATE_LIMITED,

	/**
	 * The document is too deep, too complex, too long, or has too many aliases or
	 * operations.
	 */
	QUERY_TOO_COMPLEX,

	/**
	 * An automatic persisted query hash the server does not know: send the query text
	 * with it.
	 */
	PERSISTED_QUERY_NOT_FOUND

}
