package com.newsroom.contentapi.security;

import java.net.InetSocketAddress;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;

/**
 * The network client of a request. The IP comes from the connection, or from the first address of
 * {@code X-Forwarded-For} when the service is configured to trust its proxy
 * ({@code contentapi.http.trust-forwarded-for=true}); trusting that header without a proxy that sets it would
 * let anyone pick their own address and dodge rate limits.
 */
public record ClientInfo(String ip, @Nullable String userAgent) {

	/** The key of the client in the GraphQL context ({@code @ContextValue ClientInfo client}). */
	public static final String CONTEXT_KEY = "client";

	private static final String FORWARDED_FOR = "X-Forwarded-For";

	static ClientInfo of(HttpHeaders headers, @Nullable InetSocketAddress remote, boolean trustForwardedFor) {
		String connected = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress()
				: null;
		return new ClientInfo(ip(connected, headers.getFirst(FORWARDED_FOR), trustForwardedFor),
				headers.getFirst(HttpHeaders.USER_AGENT));
	}

	/** The client IP of a servlet request, by the same rule (for filters that run before GraphQL). */
	static String ip(HttpServletRequest request, boolean trustForwardedFor) {
		return ip(request.getRemoteAddr(), request.getHeader(FORWARDED_FOR), trustForwardedFor);
	}

	private static String ip(@Nullable String connected, @Nullable String forwarded, boolean trustForwardedFor) {
		if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
			return forwarded.split(",")[0].strip();
		}
		return (connected != null) ? connected : "unknown";
	}

}
