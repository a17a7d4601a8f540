package com.newsroom.contentapi.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.GraphQlMediaTypes;
import com.newsroom.contentapi.graphql.HttpErrors;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The only way into GraphQL over HTTP. It runs after Spring Security has resolved the caller, for every request
 * whose path is {@code /graphql} however it is spelled (path parameters, encoded characters), and either answers
 * it or hands Spring for GraphQL one canonical request: a JSON POST whose {@code Accept} is the negotiated media
 * type. What it refuses it answers itself through {@link HttpErrors} (405 for other methods, 406, 413, 415, 400):
 * nothing it does not understand is passed on. For an anonymous request it looks the response up in the
 * {@link ResponseCache} first (a hit is written by {@link ResponseWriter}, exactly as a miss would be), or leads
 * or follows the flight that computes it; {@link DeliveryHandler} finishes executed responses.
 */
@Component
@Order(-90) // after Spring Security's filter chain (-100)
class GraphQlHttpFilter extends OncePerRequestFilter {

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	static boolean isGraphQlPath(HttpServletRequest request) {
		return "/graphql".equals(PATHS.getPathWithinApplication(request));
	}

	private final GraphQlRequestReader reader;

	private final ResponseCacheKey keys;

	private final ResponseCache cache;

	private final ResponseWriter writer;

	private final HttpErrors errors;

	private final JsonMapper json;

	private final HttpTimings timings;

	GraphQlHttpFilter(GraphQlRequestReader reader, ResponseCacheKey keys, ResponseCache cache, ResponseWriter writer,
			HttpErrors errors, JsonMapper json, HttpTimings timings) {
		this.reader = reader;
		this.keys = keys;
		this.cache = cache;
		this.writer = writer;
		this.errors = errors;
		this.json = json;
		this.timings = timings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !isGraphQlPath(request);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = this.timings.start(request);
		try {
			if (request.getDispatcherType() == DispatcherType.ASYNC) {
				chain.doFilter(request, response);
			}
			else {
				handle(request, response, chain);
			}
		}
		finally {
			if (!request.isAsyncStarted()) {
				release(request);
				this.timings.record(start, response);
			}
		}
	}

	private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "GET, POST");
			this.errors.write(request, response, HttpStatus.METHOD_NOT_ALLOWED, ErrorCode.BAD_USER_INPUT,
					"/graphql takes GET (queries) and POST");
			return;
		}
		MediaType mediaType = GraphQlMediaTypes.negotiate(request.getHeader(HttpHeaders.ACCEPT));
		if (mediaType == null) {
			this.errors.write(request, response, HttpStatus.NOT_ACCEPTABLE, ErrorCode.BAD_USER_INPUT,
					"GraphQL responses are application/graphql-response+json or application/json; the Accept header allows neither");
			return;
		}
		GraphQlHttpRequest graphQl = this.reader.read(request, response);
		if (graphQl == null) {
			return;
		}
		boolean anonymous = isAnonymous(SecurityContextHolder.getContext().getAuthentication());
		String key = (anonymous && this.cache.enabled()) ? this.keys.of(request, graphQl, mediaType) : null;
		ResponseCache.Ticket ticket = null;
		if (key != null) {
			ResponseCache.CachedResponse hit = this.cache.get(key);
			if (hit == null) {
				ticket = this.cache.board(key);
				if (!ticket.leader()) {
					hit = this.cache.await(ticket);
					ticket = null;
				}
			}
			if (hit != null) {
				this.writer.writePublic(request, response, hit, "HIT");
				return;
			}
		}
		request.setAttribute(Exchange.ATTRIBUTE, new Exchange(mediaType, graphQl.get(), anonymous, ticket));
		byte[] body = this.json.writeValueAsBytes(graphQl.toBody(this.json.createObjectNode()));
		chain.doFilter(new CanonicalRequest(request, body, mediaType), response);
	}

	private static boolean isAnonymous(Authentication authentication) {
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken;
	}

	/** Whatever happened, requests following this one's flight stop waiting (a no-op once it has landed). */
	private void release(HttpServletRequest request) {
		if (request.getAttribute(Exchange.ATTRIBUTE) instanceof Exchange exchange && exchange.ticket() != null) {
			this.cache.land(exchange.ticket(), null);
		}
	}

	/** The request as Spring for GraphQL's handler is routed to it: a JSON POST accepting one media type. */
	private static final class CanonicalRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		private final String accept;

		CanonicalRequest(HttpServletRequest request, byte[] body, MediaType accept) {
			super(request);
			this.body = body;
			this.accept = accept.toString();
		}

		@Override
		public String getMethod() {
			return "POST";
		}

		@Override
		public String getContentType() {
			return MediaType.APPLICATION_JSON_VALUE;
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public String getHeader(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				return MediaType.APPLICATION_JSON_VALUE;
			}
			if (HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
				return this.accept;
			}
			return super.getHeader(name);
		}

		@Override
		public java.util.Enumeration<String> getHeaders(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
				return java.util.Collections.enumeration(java.util.List.of(getHeader(name)));
			}
			return super.getHeaders(name);
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

	}

}
