package com.newsroom.contentapi.security;

import java.net.InetSocketAddress;

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

	static ClientInfo of(HttpHeaders headers, @Nullable InetSocketAddress remote, boolean trustForwardedFor) {
		String ip = (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
		String forwarded = headers.getFirst("X-Forwarded-For");
		if (trustForwardedFor && forwarded != null && !forwarded.isBlank()) {
			ip = forwarded.split(",")[0].strip();
		}
		return new ClientInfo(ip, headers.getFirst(HttpHeaders.USER_AGENT));
	}

}
