package com.newsroom.contentapi.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * HTTP settings of the GraphQL endpoint.
 *
 * @param maxRequestBytes bytes of request body read at most; a larger body is refused
 * with HTTP 413 as soon as the limit is passed, whatever {@code Content-Length} said
 * (chunked bodies included)
 * @param trustForwardedFor take the client IP from {@code X-Forwarded-For} as the trusted
 * proxies appended it (only behind a proxy that sets it)
 * @param trustedProxies the proxies' addresses, a regular expression (unset: Tomcat's
 * default, loopback and private networks); the client is the rightmost address of
 * {@code X-Forwarded-For} that does not match it
 */
@ConfigurationProperties("contentapi.http")
public record HttpProperties(@DefaultValue("16MB") DataSize maxRequestBytes,
		@DefaultValue("false") boolean trustForwardedFor, @Nullable String trustedProxies) {

}
