package com.newsroom.contentapi.media;

import java.util.Map;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;

import org.springframework.http.HttpStatus;

/**
 * Why an upload is refused, as {@code extensions.reason} beside the code
 * {@code BAD_USER_INPUT}, with the HTTP status that goes with it. Nothing is stored for a
 * refused upload.
 */
enum ImageRefusal {

	/** Not a JPEG, PNG or WebP file, whatever its name or declared type said. */
	NOT_AN_IMAGE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

	/** SVG is refused: it can carry script. */
	SVG(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

	/** The file is truncated or damaged: it does not decode. */
	DAMAGED(HttpStatus.BAD_REQUEST),

	/** It would decode to more pixels than {@code contentapi.images.max-pixels}. */
	TOO_MANY_PIXELS(HttpStatus.CONTENT_TOO_LARGE),

	/** More bytes than {@code contentapi.images.max-upload-size}. */
	TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE);

	final HttpStatus status;

	ImageRefusal(HttpStatus status) {
		this.status = status;
	}

	ApiException exception(String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", "file", "reason", name()));
	}

	static HttpStatus statusOf(ApiException refused) {
		Object reason = refused.extensions().get("reason");
		for (ImageRefusal refusal : values()) {
			if (refusal.name().equals(reason)) {
				return refusal.status;
			}
		}
		return switch (refused.code()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case RATE_LIMITED -> HttpStatus.SERVICE_UNAVAILABLE;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

}
