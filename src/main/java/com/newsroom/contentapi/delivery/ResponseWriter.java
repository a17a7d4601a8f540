package com.newsroom.contentapi.delivery;

import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.graphql.ProtectiveHeaders;
import com.newsroom.contentapi.text.Digests;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes a GraphQL response with its caching headers, the same for a response just
 * executed and one served from the cache. A public response (anonymous, a query, no
 * errors, nothing that forbids storing it) gets a strong {@code ETag}
 * ({@code 304 Not Modified} on a matching {@code If-None-Match}),
 * {@code Cache-Control: public,
 * max-age, stale-while-revalidate} and its {@code Surrogate-Key}s; anything else
 * {@code private, no-store}. Every response says what it varies with: {@code Accept},
 * {@code Authorization}, each {@link RequestVariant}'s header and, when CORS is
 * configured, {@code Origin}.
 */
@Component
class ResponseWriter {

	private final String publicCacheControl;

	private final String vary;

	private final Set<String> varyNames;

	private final boolean cacheEnabled;

	ResponseWriter(GraphQlProperties properties, List<RequestVariant> variants, GraphQlCorsProperties cors) {
		GraphQlProperties.HttpCache http = properties.httpCache();
		this.publicCacheControl = "public, max-age=" + http.maxAge().toSeconds() + ", stale-while-revalidate="
				+ http.staleWhileRevalidate().toSeconds();
		Set<String> headers = new LinkedHashSet<>(List.of(HttpHeaders.ACCEPT));
		variants.forEach(variant -> headers.add(variant.header()));
		headers.add(HttpHeaders.AUTHORIZATION);
		if (!cors.getAllowedOrigins().isEmpty() || !cors.getAllowedOriginPatterns().isEmpty()) {
			headers.add(HttpHeaders.ORIGIN);
		}
		this.vary = String.join(", ", headers);
		this.varyNames = Set.copyOf(headers);
		this.cacheEnabled = properties.responseCache().enabled();
	}

	/** A public response, executed now ({@code MISS}) or from the cache ({@code HIT}). */
	void writePublic(HttpServletRequest request, HttpServletResponse response, ResponseCache.CachedResponse cached,
			String cache) throws IOException {
		response.setHeader(HttpHeaders.ETAG, cached.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, this.publicCacheControl);
		vary(response);
		response.setHeader("Surrogate-Key", cached.surrogateKeyHeader());
		response.setHeader("X-Cache", this.cacheEnabled ? cache : "BYPASS");
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), cached.etag())) {
			response.setStatus(HttpStatus.NOT_MODIFIED.value());
			return;
		}
		response.setStatus(HttpStatus.OK.value());
		write(response, cached.body(), cached.contentType());
	}

	/** A response that no cache may keep. */
	void writePrivate(HttpServletResponse response, HttpStatus status, byte[] body, String contentType)
			throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		vary(response);
		write(response, body, contentType);
	}

	/**
	 * One {@code Vary} header: ours, then what others (the CORS filter) already named.
	 */
	private void vary(HttpServletResponse response) {
		if (!response.containsHeader(HttpHeaders.VARY)) {
			response.setHeader(HttpHeaders.VARY, this.vary);
			return;
		}
		Set<String> names = new LinkedHashSet<>();
		names.add(this.vary);
		for (String value : response.getHeaders(HttpHeaders.VARY)) {
			for (String name : value.split(",")) {
				if (!name.isBlank() && !this.varyNames.contains(name.strip())) {
					names.add(name.strip());
				}
			}
		}
		response.setHeader(HttpHeaders.VARY, String.join(", ", names));
	}

	private static void write(HttpServletResponse response, byte[] body, String contentType) throws IOException {
		ProtectiveHeaders.apply(response);
		response.setContentType(contentType);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	static String etag(byte[] body) {
		return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Digests.sha256(body)).substring(0, 32)
				+ "\"";
	}

	private static boolean matches(@Nullable String ifNoneMatch, String etag) {
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

}
