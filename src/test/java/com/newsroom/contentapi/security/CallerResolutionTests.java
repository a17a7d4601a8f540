package com.newsroom.contentapi.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller decided once, by Spring Security, for every path: bearer tokens for GraphQL,
 * ADMIN for the actuator's details and metrics, CORS for browser front-ends of the
 * configured origins.
 */
class CallerResolutionTests extends IntegrationTest {

	private EntityExchangeResult<String> actuator(String path, String token) {
		var request = http().get().uri(path);
		if (token != null) {
			request = request.header("Authorization", "Bearer " + token);
		}
		return request.exchange().expectBody(String.class).returnResult();
	}

	private String editorSecret() {
		return this.admin.document("mutation { createApiToken(name: \"actuator-editor\", role: EDITOR) { secret } }")
			.execute()
			.path("createApiToken.secret")
			.entity(String.class)
			.get();
	}

	@Test
	void healthSaysUpToAnyoneAndItsDetailsOnlyToAdmins() {
		EntityExchangeResult<String> anonymous = actuator("/actuator/health", null);
		assertThat(anonymous.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(anonymous.getResponseBody()).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace");
		assertThat(actuator("/actuator/health", ADMIN_TOKEN).getResponseBody()).contains("components", "mongo");
	}

	@Test
	void metricsNeedAnAdminToken() {
		assertThat(actuator("/actuator/prometheus", null).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		EntityExchangeResult<String> editor = actuator("/actuator/prometheus", editorSecret());
		assertThat(editor.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(editor.getResponseBody()).contains("\"code\":\"FORBIDDEN\"");
		EntityExchangeResult<String> admin = actuator("/actuator/prometheus", ADMIN_TOKEN);
		assertThat(admin.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getResponseBody()).contains("graphql_http_requests_seconds");
	}

	@Test
	void aPreflightFromTheAllowedOriginIsAnswered() {
		EntityExchangeResult<String> preflight = http().options()
			.uri("/graphql")
			.header("Origin", ALLOWED_ORIGIN)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, authorization")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(preflight.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin()).isEqualTo(ALLOWED_ORIGIN);
		assertThat(preflight.getResponseHeaders().getAccessControlAllowMethods()).extracting(Object::toString)
			.contains("POST");
		assertThat(preflight.getResponseHeaders().getAccessControlAllowCredentials()).isFalse();
	}

	@Test
	void aPreflightFromAnotherOriginIsRefused() {
		EntityExchangeResult<String> preflight = http().options()
			.uri("/graphql")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertThat(preflight.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(preflight.getResponseHeaders().getAccessControlAllowOrigin()).isNull();
	}

	@Test
	void cachedResponsesCarryTheCorsHeadersOfTheirOwnRequest() {
		for (String origin : List.of(ALLOWED_ORIGIN, ALLOWED_ORIGIN, "https://evil.example")) {
			EntityExchangeResult<String> result = http().post()
				.uri("/graphql")
				.header("Origin", origin)
				.header("Content-Type", "application/json")
				.bodyValue("{\"query\":\"{ locales { tag } }\"}")
				.exchange()
				.expectBody(String.class)
				.returnResult();
			if (origin.equals(ALLOWED_ORIGIN)) {
				assertThat(result.getResponseHeaders().getAccessControlAllowOrigin()).isEqualTo(ALLOWED_ORIGIN);
			}
			else {
				assertThat(result.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
			}
		}
	}

}
