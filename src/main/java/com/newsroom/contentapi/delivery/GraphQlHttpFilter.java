package com.newsroom.contentapi.delivery;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.RequestLocaleInterceptor;
import com.newsroom.contentapi.text.Digests;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * GraphQL over HTTP delivery, in front of Spring for GraphQL's POST handler:
 * <ul>
 * <li>{@code GET /graphql?query=…&variables=…&operationName=…&extensions=…} for queries (a mutation over GET is
 * 405), turned into the equivalent POST;</li>
 * <li>automatic persisted queries (Apollo protocol, {@code extensions.persistedQuery.sha256Hash}): an unknown
 * hash answers {@code PERSISTED_QUERY_NOT_FOUND}; a hash sent with its text is verified and registered; with
 * {@code contentapi.graphql.persisted-only=true} anonymous clients may only run registered queries;</li>
 * <li>request limits that need no parsing: query length, JSON batches;</li>
 * <li>HTTP caching of anonymous queries: strong {@code ETag} with {@code 304 Not Modified}, {@code Cache-Control:
 * public, max-age, stale-while-revalidate}, {@code Vary: Accept-Language, Authorization} and
 * {@code Surrogate-Key}; authenticated requests and mutations get {@code private, no-store};</li>
 * <li>the server-side {@link ResponseCache}, keyed by query hash, operation name, variables and the effective
 * locale chain, which answers hot queries without executing them.</li>
 * </ul>
 * Spring for GraphQL answers asynchronously, so the response is buffered and finished on the last dispatch.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class GraphQlHttpFilter extends OncePerRequestFilter {

	private static final String STATE = GraphQlHttpFilter.class.getName() + ".state";

	private static final String VARY = "Accept-Language, Authorization";

	static boolean isGraphQlPath(HttpServletRequest request) {
		return "/graphql".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	private final JsonMapper json;

	private final PersistedQueries persisted;

	private final ResponseCache cache;

	private final LocaleCatalog locales;

	private final GraphQlProperties properties;

	private final Cache<String, Document> parsed = Caffeine.newBuilder().maximumSize(2_000).build();

	private final String publicCacheControl;

	private final HttpTimings timings;

	GraphQlHttpFilter(JsonMapper json, PersistedQueries persisted, ResponseCache cache, LocaleCatalog locales,
			GraphQlProperties properties, HttpTimings timings) {
		this.json = json;
		this.persisted = persisted;
		this.cache = cache;
		this.locales = locales;
		this.properties = properties;
		GraphQlProperties.HttpCache http = properties.httpCache();
		this.publicCacheControl = "public, max-age=" + http.maxAge().toSeconds() + ", stale-while-revalidate="
				+ http.staleWhileRevalidate().toSeconds();
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
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = this.timings.start(request);
		try {
			handle(request, response, chain);
		}
		finally {
			if (!request.isAsyncStarted()) {
				this.timings.record(start, response);
			}
		}
	}

	private void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		State state = (State) request.getAttribute(STATE);
		if (state != null) {
			// Async dispatch of a request prepared below: only the response is left to finish. The response here
			// is whatever the container was given at startAsync (Spring wraps it again), so the buffer is the one
			// that the first dispatch created, kept in the state.
			execute(chain, request, response, state);
			finish(request, state.buffered(), state);
			return;
		}
		boolean get = "GET".equals(request.getMethod());
		if (!get && !"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ObjectNode body = get ? fromQueryParameters(request, response) : fromBody(request, response);
		if (body == null) {
			if (!response.isCommitted()) {
				chain.doFilter(request, response);
			}
			return;
		}
		boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
		String query = resolveQuery(body, anonymous, response);
		if (query == null) {
			return;
		}
		if (query.length() > this.properties.maxQueryLength()) {
			writeError(response, HttpStatus.BAD_REQUEST, "QUERY_TOO_COMPLEX", "The query is " + query.length()
					+ " characters long; at most " + this.properties.maxQueryLength() + " are allowed");
			return;
		}
		String operationName = text(body, "operationName");
		String operation = operationType(query, operationName);
		if (get && "MUTATION".equals(operation)) {
			response.setHeader(HttpHeaders.ALLOW, "POST");
			writeError(response, HttpStatus.METHOD_NOT_ALLOWED, "BAD_USER_INPUT",
					"Mutations must be sent with POST");
			return;
		}
		boolean cacheable = anonymous && "QUERY".equals(operation);
		String cacheKey = cacheable ? cacheKey(request, query, operationName, body.get("variables")) : null;
		ResponseCache.Flight flight = null;
		if (cacheKey != null) {
			ResponseCache.CachedResponse hit = this.cache.get(cacheKey);
			ResponseCache.Ticket ticket = (hit == null) ? this.cache.board(cacheKey) : null;
			if (ticket != null && !ticket.leader()) {
				hit = this.cache.await(cacheKey, ticket.flight());
			}
			else if (ticket != null) {
				flight = ticket.flight();
			}
			if (hit != null) {
				writeCached(request, response, hit);
				return;
			}
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		state = new State(cacheable, cacheKey, this.cache.generation(), flight, new ExecutionOutcome(), buffered);
		request.setAttribute(STATE, state);
		request.setAttribute(ExecutionOutcome.ATTRIBUTE, state.outcome());
		byte[] forwarded = this.json.writeValueAsBytes(body);
		execute(chain, new JsonPostRequest(request, forwarded), buffered, state);
		if (!request.isAsyncStarted()) {
			finish(request, buffered, state);
		}
	}

	/** Runs the GraphQL request; if it fails, requests waiting for its response stop waiting. */
	private void execute(FilterChain chain, HttpServletRequest request, HttpServletResponse response, State state)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			land(state, null);
			throw ex;
		}
	}

	/**
	 * Sets the caching headers, answers 304 where the client has the response, and hands a cacheable response to
	 * the server cache and to the requests waiting for it.
	 */
	private void finish(HttpServletRequest request, ContentCachingResponseWrapper response, State state)
			throws IOException {
		ResponseCache.CachedResponse cached = null;
		try {
			cached = respond(request, response, state);
		}
		finally {
			land(state, cached);
		}
	}

	private void land(State state, ResponseCache.CachedResponse cached) {
		if (state.cacheKey() != null) {
			this.cache.land(state.cacheKey(), state.generation(), state.flight(), cached);
		}
	}

	/** The response as it goes out, and its cacheable form ({@code null} when it is not public). */
	private ResponseCache.CachedResponse respond(HttpServletRequest request, ContentCachingResponseWrapper buffered,
			State state) throws IOException {
		ExecutionOutcome outcome = state.outcome();
		boolean publicResponse = state.cacheable() && "QUERY".equals(outcome.operation) && !outcome.hasErrors
				&& !outcome.noStore && buffered.getStatus() == HttpStatus.OK.value();
		if (!publicResponse) {
			buffered.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			buffered.copyBodyToResponse();
			return null;
		}
		byte[] body = buffered.getContentAsByteArray();
		ResponseCache.CachedResponse cached = new ResponseCache.CachedResponse(body, buffered.getContentType(),
				etag(body), outcome.surrogateKeys);
		applyPublicHeaders(buffered, cached, "MISS");
		if (matches(request, cached.etag())) {
			buffered.setStatus(HttpStatus.NOT_MODIFIED.value());
			buffered.resetBuffer();
			return cached;
		}
		buffered.copyBodyToResponse();
		return cached;
	}

	private void writeCached(HttpServletRequest request, HttpServletResponse response,
			ResponseCache.CachedResponse hit) throws IOException {
		applyPublicHeaders(response, hit, "HIT");
		if (matches(request, hit.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(hit.contentType());
		response.setContentLength(hit.body().length);
		response.getOutputStream().write(hit.body());
	}

	private void applyPublicHeaders(HttpServletResponse response, ResponseCache.CachedResponse cached, String cache) {
		response.setHeader(HttpHeaders.ETAG, cached.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.publicCacheControl);
		response.setHeader(HttpHeaders.VARY, VARY);
		response.setHeader("Surrogate-Key", cached.surrogateKeyHeader());
		response.setHeader("X-Cache", this.cache.enabled() ? cache : "BYPASS");
	}

	private static boolean matches(HttpServletRequest request, String etag) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The query text to execute: given, or looked up by its persisted hash. Writes the error response and
	 * returns {@code null} when the request cannot go on.
	 */
	@Nullable
	private String resolveQuery(ObjectNode body, boolean anonymous, HttpServletResponse response) throws IOException {
		String query = text(body, "query");
		JsonNode persistedQuery = body.path("extensions").path("persistedQuery");
		if (!persistedQuery.isMissingNode()) {
			String hash = persistedQuery.path("sha256Hash").asString("");
			if (!hash.matches("[0-9a-f]{64}") || persistedQuery.path("version").asInt(0) != 1) {
				writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT",
						"extensions.persistedQuery needs version 1 and a lower-case hex sha256Hash");
				return null;
			}
			String known = this.persisted.find(hash).orElse(null);
			if (query == null) {
				if (known == null) {
					writeError(response, HttpStatus.OK, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
					return null;
				}
				body.put("query", known);
				return known;
			}
			if (!PersistedQueries.sha256(query).equals(hash)) {
				writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT",
						"provided sha256Hash does not match the query text");
				return null;
			}
			if (known == null) {
				if (anonymous && this.properties.persistedOnly()) {
					writeError(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
							"Only registered queries may be run anonymously; an editor must register this one");
					return null;
				}
				this.persisted.register(hash, query);
			}
			return query;
		}
		if (query == null) {
			return "";
		}
		if (anonymous && this.properties.persistedOnly() && this.persisted.find(PersistedQueries.sha256(query)).isEmpty()) {
			writeError(response, HttpStatus.FORBIDDEN, "FORBIDDEN",
					"Only registered queries may be run anonymously; send a registered persisted query");
			return null;
		}
		return query;
	}

	@Nullable
	private ObjectNode fromBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase().contains("json")) {
			return null;
		}
		JsonNode node;
		try {
			node = this.json.readTree(request.getInputStream());
		}
		catch (RuntimeException ex) {
			writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", "The request body is not valid JSON");
			return null;
		}
		if (node != null && node.isArray()) {
			writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT",
					"Batched requests (a JSON array) are not supported; send one operation per request");
			return null;
		}
		if (!(node instanceof ObjectNode object)) {
			writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", "The request body must be a JSON object");
			return null;
		}
		return object;
	}

	@Nullable
	private ObjectNode fromQueryParameters(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ObjectNode body = this.json.createObjectNode();
		try {
			copyText(request, body, "query");
			copyText(request, body, "operationName");
			copyJson(request, body, "variables");
			copyJson(request, body, "extensions");
		}
		catch (RuntimeException ex) {
			writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT",
					"variables and extensions must be JSON objects");
			return null;
		}
		if (!body.has("query") && !body.has("extensions")) {
			writeError(response, HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", "GET /graphql needs a 'query' parameter");
			return null;
		}
		return body;
	}

	private static void copyText(HttpServletRequest request, ObjectNode body, String name) {
		String value = request.getParameter(name);
		if (value != null && !value.isEmpty()) {
			body.put(name, value);
		}
	}

	private void copyJson(HttpServletRequest request, ObjectNode body, String name) {
		String value = request.getParameter(name);
		if (value != null && !value.isEmpty()) {
			JsonNode parsed = this.json.readTree(value);
			if (!parsed.isObject()) {
				throw new IllegalArgumentException(name + " is not an object");
			}
			body.set(name, parsed);
		}
	}

	@Nullable
	private static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	/** QUERY, MUTATION or SUBSCRIPTION of the operation that will run, or {@code null} if it cannot be told. */
	@Nullable
	private String operationType(String query, @Nullable String operationName) {
		Document document;
		try {
			document = this.parsed.get(query, Parser::parse);
		}
		catch (RuntimeException ex) {
			return null;
		}
		Collection<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			if (operationName == null ? operations.size() == 1 : operationName.equals(operation.getName())) {
				return operation.getOperation().name();
			}
		}
		return null;
	}

	private String cacheKey(HttpServletRequest request, String query, @Nullable String operationName,
			@Nullable JsonNode variables) {
		LocaleChain chain = this.locales
			.chain(RequestLocaleInterceptor.acceptedLocales(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		return PersistedQueries.sha256(query) + "|" + operationName + "|"
				+ ((variables != null) ? variables.toString() : "") + "|" + chain.requested().toLanguageTag() + "|"
				+ chain.tags();
	}

	private static String etag(byte[] body) {
		return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(body)).substring(0, 32) + "\"";
	}

	private void writeError(HttpServletResponse response, HttpStatus status, String code, String message)
			throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("code", code));
		byte[] body = this.json.writeValueAsBytes(Map.of("errors", java.util.List.of(error)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/**
	 * What the first dispatch decided, for the last one, and the buffer that the response is written into. Spring
	 * for GraphQL answers in the same dispatch when the execution finished synchronously (data fetchers on the
	 * request thread, as on Java 17) and in an async dispatch otherwise (on Java 21+ with virtual threads, blocking
	 * controller methods run on the task executor).
	 */
	private record State(boolean cacheable, @Nullable String cacheKey, long generation,
			@Nullable ResponseCache.Flight flight, ExecutionOutcome outcome, ContentCachingResponseWrapper buffered) {
	}

	/** The request as Spring for GraphQL expects it: a POST with a JSON body. */
	private static final class JsonPostRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		JsonPostRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
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
			return super.getHeader(name);
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
