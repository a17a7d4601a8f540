package com.newsroom.contentapi.graphql;

/**
 * The values of {@code extensions.code} that clients can rely on. Every error the API returns carries one.
 */
public enum ErrorCode {

	BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, CONFLICT, INTERNAL

}
