package com.newsroom.contentapi.security;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ClientInfoTests {

	@Test
	void theConnectionsAddressIsTheClientAndForwardedForIsNotReadHere() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", "203.0.113.9");
		assertThat(ClientInfo.of(headers, new InetSocketAddress("192.0.2.7", 51000)).ip()).isEqualTo("192.0.2.7");
	}

	@Test
	void onlyIpLiteralsAreAddresses() {
		assertThat(ClientInfo.isIpLiteral("198.51.100.7")).isTrue();
		assertThat(ClientInfo.isIpLiteral("2001:db8::1")).isTrue();
		assertThat(ClientInfo.isIpLiteral("::ffff:192.0.2.1")).isTrue();
		assertThat(ClientInfo.isIpLiteral("<script>alert(1)</script>")).isFalse();
		assertThat(ClientInfo.isIpLiteral("999.1.1.1")).isFalse();
		assertThat(ClientInfo.isIpLiteral("example.ma")).isFalse();
		assertThat(ClientInfo.isIpLiteral("")).isFalse();
	}

	@Test
	void servletRequestsFollowTheSameRule() {
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setRemoteAddr("192.0.2.7");
		request.addHeader("X-Forwarded-For", "203.0.113.9, 10.0.0.1");
		assertThat(ClientInfo.ip(request)).isEqualTo("192.0.2.7");
		request.setRemoteAddr("<script>");
		assertThat(ClientInfo.ip(request)).isEqualTo("unknown");
	}

}
