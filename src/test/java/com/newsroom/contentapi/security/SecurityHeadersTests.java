package com.newsroom.contentapi.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the browser protections: a content security policy, no sniffing,
 * no framing.
 */
class SecurityHeadersTests extends IntegrationTest {

	private static void assertProtected(EntityExchangeResult<?> result, String... policy) {
		HttpHeaders headers = result.getResponseHeaders();
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("Content-Security-Policy")).contains(policy)
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-eval");
	}

	@Test
	void theGraphiqlPageMayRunOnlyItsOwnScripts() {
		assertProtected(
				http().get().uri("/graphiql").exchange().expectStatus().isOk().expectBody(String.class).returnResult(),
				"script-src 'self'");
	}

	@Test
	void graphQlResponsesHitsMissesAndErrorsAreProtected() {
		String query = "{ locales { tag } }";
		for (EntityExchangeResult<String> result : List.of(post(query), post(query), post(query, "Accept", "text/html"),
				post(query, "Authorization", "Bearer junk"))) {
			assertProtected(result, "default-src 'none'");
		}
		assertThat(post(query).getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
	}

}
