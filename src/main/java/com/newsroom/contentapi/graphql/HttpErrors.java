package com.newsroom.contentapi.graphql;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one writer of errors that happen outside GraphQL execution: a malformed or
 * oversized request, an unsupported media type, an invalid token, a refused actuator
 * call. The body is a GraphQL response
 * ({@code {"errors":[{"message","extensions":{"code"}}]}}) in the media type the client
 * accepts, so that every client, Apollo Client's
 * {@code application/graphql-response+json} handling included, sees the code. Errors of
 * execution go through {@link ApiExceptionResolver} and {@link ErrorCodeInterceptor}
 * instead.
 */
@Component
public class HttpErrors {

	private final JsonMapper json;

	HttpErrors(JsonMapper json) {
		this.json = json;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ErrorCode code,
			String message) throws IOException {
		write(request, response, status, code, message, Map.of());
	}

	/**
	 * An error with more {@code extensions} beside the code (such as
	 * {@code retryAfterSeconds}).
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, ErrorCode code,
			String message, Map<String, Object> extensions) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Map<String, Object> extensionsWithCode = new LinkedHashMap<>();
		extensionsWithCode.put("code", code.name());
		extensionsWithCode.putAll(extensions);
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", extensionsWithCode);
		byte[] body = this.json.writeValueAsBytes(Map.of("errors", List.of(error)));
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(GraphQlMediaTypes.negotiateOrJson(request.getHeader(HttpHeaders.ACCEPT)).toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		ProtectiveHeaders.apply(response);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
