package com.newsroom.contentapi.security;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * The network client of a request: its IP as the connection gives it, which behind a
 * trusted proxy is the address the proxy appended to {@code X-Forwarded-For} (Tomcat's
 * remote-IP valve, see {@code contentapi.http.trust-forwarded-for}), never what the
 * client wrote there itself. Only an IP literal is kept; anything else (a forged header
 * that reached us unchecked) is {@code unknown}, so no markup is ever stored as an
 * address or sent to Akismet.
 */
public record ClientInfo(String ip, @Nullable String userAgent) {

	/**
	 * The key of the client in the GraphQL context
	 * ({@code @ContextValue ClientInfo client}).
	 */
	public static final String CONTEXT_KEY = "client";

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}(%[0-9A-Za-z._-]{1,32})?|[0-9A-Fa-f:]{2,29}:"
			+ "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	static ClientInfo of(HttpHeaders headers, @Nullable InetSocketAddress remote) {
		String address = (remote == null) ? null
				: (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
		return new ClientInfo(isIpLiteral(address) ? address : "unknown", headers.getFirst(HttpHeaders.USER_AGENT));
	}

	static boolean isIpLiteral(@Nullable String address) {
		return address != null
				&& (IPV4.matcher(address).matches() || (address.indexOf(':') >= 0 && IPV6.matcher(address).matches()));
	}

	/**
	 * The client IP of a servlet request, by the same rule (for filters that run before
	 * GraphQL).
	 */
	static String ip(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return isIpLiteral(address) ? address : "unknown";
	}

}
