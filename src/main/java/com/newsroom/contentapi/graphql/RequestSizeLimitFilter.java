package com.newsroom.contentapi.graphql;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code contentapi.http.max-request-bytes} with HTTP 413 before anything reads
 * them, so an oversized upload costs neither memory nor parsing. The limit sits well above the largest valid
 * mutation (several 512 KB bodies), so that content limits are reported per field as {@code BAD_USER_INPUT}.
 * Requests without a {@code Content-Length} (chunked) are bounded by the JSON parser's own limits.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimitFilter(@Value("${contentapi.http.max-request-bytes:16MB}") DataSize maxBytes) {
		this.maxBytes = maxBytes.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"errors\":[{\"message\":\"Request body larger than " + this.maxBytes
						+ " bytes\",\"extensions\":{\"code\":\"BAD_USER_INPUT\"}}]}");
			return;
		}
		chain.doFilter(request, response);
	}

}
