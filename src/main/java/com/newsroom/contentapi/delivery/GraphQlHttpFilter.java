package com.newsroom.contentapi.delivery;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

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
 * The only way into GraphQL over HTTP. It runs for every request whose path is
 * {@code /graphql} however it is spelled, after the caller is resolved and before
 * Spring's other filters and Spring Security's chain, which a cached response does not
 * need ({@link FilterOrder}); it serves the canonical spelling only (no path parameters
 * or encoded characters, which Spring Security's firewall would refuse too), and either
 * answers the request or hands Spring for GraphQL one canonical request: a JSON POST
 * whose {@code Accept} is the negotiated media type. What it refuses it answers itself
 * through {@link HttpErrors} (405 for other methods, 406, 413, 415, 400): nothing it does
 * not understand is passed on. For an anonymous request it looks the response up in the
 * {@link ResponseCache} first (a hit is written by {@link ResponseWriter}, exactly as a
 * miss would be), or leads or follows the flight that computes it;
 * {@link DeliveryHandler} finishes executed responses.
 */
@Component
@Order(FilterOrder.GRAPHQL)
class GraphQlHttpFilter extends OncePerRequestFilter {

	private static final String PATH = "/graphql";

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	/**
	 * {@code /graphql} however it is spelled (decoding its path is only needed when it is
	 * not spelled so).
	 */
	static boolean isGraphQlPath(HttpServletRequest request) {
		return isCanonicalGraphQlPath(request) || PATH.equals(PATHS.getPathWithinApplication(request));
	}

	private static boolean isCanonicalGraphQlPath(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String contextPath = request.getContextPath();
		return uri.length() == contextPath.length() + PATH.length() && uri.startsWith(contextPath)
				&& uri.endsWith(PATH);
	}

	private final GraphQlRequestReader reader;

	private final ResponseCacheKey keys;

	private final ResponseCache cache;

	private final ResponseWriter writer;

	private final HttpErrors errors;

	private final HttpTimings timings;

	GraphQlHttpFilter(GraphQlRequestReader reader, ResponseCacheKey keys, ResponseCache cache, ResponseWriter writer,
			HttpErrors errors, HttpTimings timings) {
		this.reader = reader;
		this.keys = keys;
		this.cache = cache;
		this.writer = writer;
		this.errors = errors;
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
		if (!isCanonicalGraphQlPath(request)) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
					"GraphQL is served at /graphql, spelled so: no path parameters, no encoded characters");
			return;
		}
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
		request.setAttribute(Exchange.ATTRIBUTE, new Exchange(mediaType, graphQl, anonymous, ticket));
		chain.doFilter(new CanonicalRequest(request, mediaType), response);
	}

	private static boolean isAnonymous(Authentication authentication) {
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken;
	}

	/**
	 * Whatever happened, requests following this one's flight stop waiting (a no-op once
	 * it has landed).
	 */
	private void release(HttpServletRequest request) {
		if (request.getAttribute(Exchange.ATTRIBUTE) instanceof Exchange exchange && exchange.ticket() != null) {
			this.cache.land(exchange.ticket(), null);
		}
	}

	/**
	 * The request as Spring for GraphQL's handler is routed to it: a JSON POST accepting
	 * one media type. Its body is not read again: {@link DeliveryHandler} executes the
	 * request this filter read ({@link Exchange#request()}).
	 */
	private static final class CanonicalRequest extends HttpServletRequestWrapper {

		private final String accept;

		CanonicalRequest(HttpServletRequest request, MediaType accept) {
			super(request);
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
		public Enumeration<String> getHeaders(String name) {
			if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) || HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
				return Collections.enumeration(List.of(getHeader(name)));
			}
			return super.getHeaders(name);
		}

	}

}
