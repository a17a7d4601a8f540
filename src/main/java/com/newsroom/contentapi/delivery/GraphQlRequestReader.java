package com.newsroom.contentapi.delivery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.HttpErrors;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a GraphQL-over-HTTP request, GET parameters or a JSON POST body, and checks its
 * shape before anything else looks at it, the same for every request (a response cache
 * hit included): {@code query} and {@code operationName} are strings, {@code variables}
 * and {@code extensions} JSON objects; a JSON array (a batch) is refused. Only
 * {@code application/json} bodies are read (anything else is HTTP 415), and at most
 * {@code contentapi.http.max-request-bytes} of them, counted as they are read (HTTP 413),
 * whatever {@code Content-Length} says. Every refusal is written by {@link HttpErrors}.
 */
@Component
class GraphQlRequestReader {

	private final JsonMapper json;

	private final HttpErrors errors;

	private final long maxBytes;

	private final int maxQueryLength;

	GraphQlRequestReader(JsonMapper json, HttpErrors errors, HttpProperties http,
			com.newsroom.contentapi.graphql.GraphQlProperties graphQl) {
		this.json = json;
		this.errors = errors;
		this.maxBytes = http.maxRequestBytes().toBytes();
		this.maxQueryLength = graphQl.maxQueryLength();
	}

	/** The request, or {@code null} when a refusal has been written. */
	@Nullable GraphQlHttpRequest read(HttpServletRequest request, HttpServletResponse response) throws IOException {
		boolean get = "GET".equals(request.getMethod());
		ObjectNode body = get ? fromParameters(request, response) : fromBody(request, response);
		if (body == null) {
			return null;
		}
		JsonNode query = body.get("query");
		JsonNode operationName = body.get("operationName");
		JsonNode variables = body.get("variables");
		JsonNode extensions = body.get("extensions");
		String problem = (isPresent(query) && !query.isString()) ? "'query' must be a string"
				: (isPresent(operationName) && !operationName.isString()) ? "'operationName' must be a string"
						: (isPresent(variables) && !variables.isObject()) ? "'variables' must be a JSON object"
								: (isPresent(extensions) && !extensions.isObject())
										? "'extensions' must be a JSON object" : null;
		if (problem == null && !isPresent(query) && !(isPresent(extensions) && extensions.has("persistedQuery"))) {
			problem = "The request needs a 'query' (or a persisted query's hash in 'extensions')";
		}
		if (problem != null) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT, problem);
			return null;
		}
		String text = isPresent(query) ? query.asString() : null;
		if (text != null && text.length() > this.maxQueryLength) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.QUERY_TOO_COMPLEX, "The query is "
					+ text.length() + " characters long; at most " + this.maxQueryLength + " are allowed");
			return null;
		}
		return new GraphQlHttpRequest(text, isPresent(operationName) ? operationName.asString() : null,
				isPresent(variables) ? (ObjectNode) variables : null,
				isPresent(extensions) ? (ObjectNode) extensions : null, get);
	}

	private static boolean isPresent(@Nullable JsonNode node) {
		return node != null && !node.isNull();
	}

	@Nullable private ObjectNode fromBody(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!isJson(request.getContentType())) {
			this.errors.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorCode.BAD_USER_INPUT,
					"POST /graphql takes a body of Content-Type application/json");
			return null;
		}
		byte[] bytes = readAtMost(request);
		if (bytes == null) {
			this.errors.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.BAD_USER_INPUT,
					"The request body is larger than " + this.maxBytes + " bytes");
			return null;
		}
		JsonNode node;
		try {
			node = this.json.readTree(bytes);
		}
		catch (JacksonException ex) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
					"The request body is not valid JSON");
			return null;
		}
		if (node != null && node.isArray()) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
					"Batched requests (a JSON array) are not supported; send one operation per request");
			return null;
		}
		if (!(node instanceof ObjectNode object)) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
					"The request body must be a JSON object");
			return null;
		}
		return object;
	}

	private static boolean isJson(@Nullable String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/**
	 * The body, or {@code null} when it is longer than allowed (declared or actually
	 * sent).
	 */
	@Nullable private byte[] readAtMost(HttpServletRequest request) throws IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			return null;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream((declared > 0) ? (int) declared : 1024);
		byte[] buffer = new byte[8192];
		InputStream in = request.getInputStream();
		long total = 0;
		for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
			total += read;
			if (total > this.maxBytes) {
				return null;
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	@Nullable private ObjectNode fromParameters(HttpServletRequest request, HttpServletResponse response) throws IOException {
		ObjectNode body = this.json.createObjectNode();
		copyText(request, body, "query");
		copyText(request, body, "operationName");
		try {
			copyJson(request, body, "variables");
			copyJson(request, body, "extensions");
		}
		catch (JacksonException ex) {
			this.errors.write(request, response, HttpStatus.BAD_REQUEST, ErrorCode.BAD_USER_INPUT,
					"'variables' and 'extensions' must be JSON objects");
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
			body.set(name, this.json.readTree(value));
		}
	}

}
