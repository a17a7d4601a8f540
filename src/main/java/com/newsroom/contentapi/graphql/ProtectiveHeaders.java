package com.newsroom.contentapi.graphql;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser protections every response carries: never framed, no content sniffing, and
 * a content security policy. The GraphiQL page's policy
 * ({@link #CONTENT_SECURITY_POLICY}) allows scripts, styles, fonts and connections from
 * the service's own origin only (its assets are vendored; its editor needs inline
 * styles); a GraphQL response is data that a browser must never run or load anything
 * from, so its policy allows nothing ({@link #API_CONTENT_SECURITY_POLICY}, as OWASP
 * advises for APIs). Spring Security's header writer sets them on every other path;
 * GraphQL responses and errors, which Spring Security's chain does not reach when they
 * come from the cache, get them from their one writer each.
 */
public final class ProtectiveHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	public static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private ProtectiveHeaders() {
	}

	/** The protections of a GraphQL response (or error). */
	public static void apply(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}

}
