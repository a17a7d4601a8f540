package com.newsroom.contentapi.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.text.Digests;

import org.springframework.http.MediaType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The response cache key of a request: a SHA-256 digest of the negotiated media type, the
 * document (the hash of its text, which is also its persisted-query id), the operation
 * name, the variables as canonical JSON (keys sorted at every level) and what each
 * {@link RequestVariant} resolves the request to (the locale chain). Two requests that
 * would get different responses never share a key; a request whose variables are larger
 * than {@code response-cache.max-variables-size}, or whose persisted hash contradicts its
 * text, gets none (it is executed, never stored).
 */
@Component
class ResponseCacheKey {

	private final JsonMapper json;

	private final List<RequestVariant> variants;

	private final long maxVariablesBytes;

	ResponseCacheKey(JsonMapper json, List<RequestVariant> variants, GraphQlProperties properties) {
		this.json = json;
		this.variants = variants;
		this.maxVariablesBytes = properties.responseCache().maxVariablesSize().toBytes();
	}

	@Nullable String of(HttpServletRequest request, GraphQlHttpRequest graphQl, MediaType mediaType) {
		String hash = graphQl.persistedHash();
		String document;
		if (graphQl.query() != null) {
			document = Digests.sha256Hex(graphQl.query());
			if (hash != null && !hash.equals(document)) {
				return null;
			}
		}
		else if (hash != null) {
			document = hash;
		}
		else {
			return null;
		}
		String variables = (graphQl.variables() == null) ? "" : canonical(graphQl.variables()).toString();
		if (variables.length() > this.maxVariablesBytes) {
			return null;
		}
		StringBuilder key = new StringBuilder(256).append(mediaType.getType())
			.append('/')
			.append(mediaType.getSubtype())
			.append('\n')
			.append(document)
			.append('\n')
			.append((graphQl.operationName() != null) ? graphQl.operationName().length() + ":" + graphQl.operationName()
					: "-")
			.append('\n')
			.append(variables.length())
			.append(':')
			.append(variables);
		for (RequestVariant variant : this.variants) {
			key.append('\n').append(variant.of(request));
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(Digests.sha256(key.toString().getBytes(StandardCharsets.UTF_8)));
	}

	private JsonNode canonical(JsonNode node) {
		if (node instanceof ObjectNode object) {
			List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
			fields.sort(Map.Entry.comparingByKey());
			ObjectNode sorted = this.json.createObjectNode();
			fields.forEach(field -> sorted.set(field.getKey(), canonical(field.getValue())));
			return sorted;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode copy = this.json.createArrayNode();
			array.forEach(item -> copy.add(canonical(item)));
			return copy;
		}
		return node;
	}

}
