package com.newsroom.contentapi.graphql;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error meant for the client: its message is safe to show and its code becomes
 * {@code extensions.code}. Anything else thrown while fetching data is reported as
 * {@link ErrorCode#INTERNAL} without details.
 */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	private final Map<String, Object> extensions;

	public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
		super(message, null, false, false);
		this.code = code;
		this.extensions = new LinkedHashMap<>(extensions);
	}

	public static ApiException badInput(String field, String message) {
		return new ApiException(ErrorCode.BAD_USER_INPUT, field + ": " + message, Map.of("field", field));
	}

	public static ApiException notFound(String message) {
		return new ApiException(ErrorCode.NOT_FOUND, message, Map.of());
	}

	public static ApiException conflict(String message, Map<String, Object> extensions) {
		return new ApiException(ErrorCode.CONFLICT, message, extensions);
	}

	public static ApiException unauthenticated() {
		return new ApiException(ErrorCode.UNAUTHENTICATED,
				"This operation needs a valid API token in 'Authorization: Bearer <token>'", Map.of());
	}

	public static ApiException forbidden(String message) {
		return new ApiException(ErrorCode.FORBIDDEN, message, Map.of());
	}

	public ErrorCode code() {
		return this.code;
	}

	public Map<String, Object> extensions() {
		return this.extensions;
	}

}
