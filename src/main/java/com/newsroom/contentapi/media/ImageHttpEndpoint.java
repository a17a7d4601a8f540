package com.newsroom.contentapi.media;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * What the image endpoints share: their errors are written like every HTTP-level error of
 * the service ({@link HttpErrors}), a GraphQL-shaped body with {@code extensions.code}
 * (and {@code reason} for a refused upload), never a stack trace. (Handlers in a base
 * class rather than a controller advice, which GraphQL test slices would pick up.)
 */
abstract class ImageHttpEndpoint {

	private static final Logger logger = LoggerFactory.getLogger(ImageHttpEndpoint.class);

	private final HttpErrors errors;

	private final ImageProperties properties;

	ImageHttpEndpoint(HttpErrors errors, ImageProperties properties) {
		this.errors = errors;
		this.properties = properties;
	}

	@ExceptionHandler(ApiException.class)
	void refused(ApiException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> extensions = new LinkedHashMap<>(ex.extensions());
		if (extensions.get("retryAfterSeconds") instanceof Integer seconds) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(seconds));
		}
		this.errors.write(request, response, ImageRefusal.statusOf(ex), ex.code(), ex.getMessage(), extensions);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		refused(ImageService.tooLarge(this.properties.maxUploadSize().toBytes()), request, response);
	}

	@ExceptionHandler(MultipartException.class)
	void malformed(HttpServletRequest request, HttpServletResponse response) throws IOException {
		this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
				"The multipart request could not be read", Map.of("field", "file"));
	}

	@ExceptionHandler(Exception.class)
	void unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			return;
		}
		String incident = UUID.randomUUID().toString();
		logger.error("Unexpected error on {} (incident {})", request.getRequestURI(), incident, ex);
		this.errors.write(request, response, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL,
				"Internal error (incident " + incident + ")");
	}

}
