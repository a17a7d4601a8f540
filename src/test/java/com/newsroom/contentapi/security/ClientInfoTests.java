package com.newsroom.contentapi.security;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class ClientInfoTests {

	private final InetSocketAddress remote = new InetSocketAddress("192.0.2.7", 51000);

	private HttpHeaders forwarded() {
		HttpHeaders headers = new HttpHeaders();
		headers.set("X-Forwarded-For", "203.0.113.9, 10.0.0.1");
		return headers;
	}

	@Test
	void forwardedForIsIgnoredUnlessTrusted() {
		assertThat(ClientInfo.of(forwarded(), this.remote, false).ip()).isEqualTo("192.0.2.7");
	}

	@Test
	void trustedForwardedForGivesTheOriginalClient() {
		assertThat(ClientInfo.of(forwarded(), this.remote, true).ip()).isEqualTo("203.0.113.9");
	}

	@Test
	void servletRequestsFollowTheSameRule() {
		org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
		request.setRemoteAddr("192.0.2.7");
		request.addHeader("X-Forwarded-For", "203.0.113.9, 10.0.0.1");
		assertThat(ClientInfo.ip(request, false)).isEqualTo("192.0.2.7");
		assertThat(ClientInfo.ip(request, true)).isEqualTo("203.0.113.9");
	}

}
