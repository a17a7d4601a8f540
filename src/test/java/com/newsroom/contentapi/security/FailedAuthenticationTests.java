package com.newsroom.contentapi.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing tokens is slowed down per client IP: after 20 refused tokens in a minute,
 * requests with a token from that address get HTTP 429 {@code RATE_LIMITED} with
 * {@code Retry-After}; other clients and readers without a token are not held up. (The
 * test context trusts {@code X-Forwarded-For}, so each test acts from addresses of its
 * own.)
 */
class FailedAuthenticationTests extends IntegrationTest {

	private static final String QUERY = "{ locales { tag } }";

	private static final AtomicInteger nextIp = new AtomicInteger(1);

	private static String newIp() {
		return "198.51.100." + nextIp.getAndIncrement();
	}

	private EntityExchangeResult<String> from(String ip, String token) {
		return (token != null) ? post(QUERY, "X-Forwarded-For", ip, "Authorization", "Bearer " + token)
				: post(QUERY, "X-Forwarded-For", ip);
	}

	private void guessTwentyFiveTimes(String ip) {
		for (int i = 1; i <= 25; i++) {
			EntityExchangeResult<String> result = from(ip, "cat_guess-" + i);
			if (i <= 20) {
				assertUnauthenticated(result);
			}
			else {
				assertThat(result.getStatus().value()).as("guess %d", i).isEqualTo(429);
				assertThat(result.getResponseBody()).contains("\"code\":\"RATE_LIMITED\"", "\"retryAfterSeconds\":");
				assertThat(Long.parseLong(result.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
			}
		}
	}

	@Test
	void aClientThatKeepsSendingWrongTokensIsRateLimitedWhileAnotherClientIsServed() {
		guessTwentyFiveTimes(newIp());
		EntityExchangeResult<String> other = from(newIp(), ADMIN_TOKEN);
		assertThat(other.getStatus().value()).isEqualTo(200);
		assertThat(other.getResponseBody()).contains("\"tag\":\"ar\"");
	}

	@Test
	void aRateLimitedClientCannotTryTheRightTokenEither() {
		String guesser = newIp();
		guessTwentyFiveTimes(guesser);
		EntityExchangeResult<String> right = from(guesser, ADMIN_TOKEN);
		assertThat(right.getStatus().value()).isEqualTo(429);
		assertThat(right.getResponseBody()).contains("\"code\":\"RATE_LIMITED\"").doesNotContain("\"data\"");
	}

	@Test
	void readersWithoutATokenAreNotHeldUpByTheirAddressesFailures() {
		String guesser = newIp();
		guessTwentyFiveTimes(guesser);
		EntityExchangeResult<String> reader = from(guesser, null);
		assertThat(reader.getStatus().value()).isEqualTo(200);
		assertThat(reader.getResponseBody()).contains("\"tag\":\"ar\"");
	}

}
