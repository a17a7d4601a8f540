package com.newsroom.contentapi.graphql;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser protections every response carries: scripts, styles, fonts and connections only from the service's
 * own origin (the GraphiQL page's assets are vendored; its editor needs inline styles), never framed, no content
 * sniffing. Spring Security's header writer sets them on every other path; GraphQL responses and errors, whose
 * security filter chain is kept short for the cached path, get them from their one writer each.
 */
public final class ProtectiveHeaders {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	private ProtectiveHeaders() {
	}

	public static void apply(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
	}

}
