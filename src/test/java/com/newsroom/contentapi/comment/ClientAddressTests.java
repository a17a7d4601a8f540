package com.newsroom.contentapi.comment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (the tests' context trusts loopback and private addresses as
 * proxies), the client is the address the proxies appended to {@code X-Forwarded-For},
 * never what the client wrote at its left.
 */
class ClientAddressTests extends CommentTestSupport {

	private HttpGraphQlTester readerForwardedAs(String forwardedFor) {
		return this.anonymous.mutate().header("X-Forwarded-For", forwardedFor).build();
	}

	@Test
	void rotatingTheClientWrittenPartOfForwardedForDoesNotDodgeThePerIpLimit() {
		String article = article();
		for (int i = 0; i < 5; i++) {
			post(readerForwardedAs("203.0.113." + (i + 1) + ", 198.51.100.7"), Map.of(), article, "a@example.ma",
					"Commentaire numéro " + i)
				.path("addComment.status")
				.entity(String.class)
				.isEqualTo("PENDING");
		}
		GraphQlTester.Response sixth = post(readerForwardedAs("203.0.113.99, 198.51.100.7"), Map.of(), article,
				"a@example.ma", "Encore un");
		sixth.errors().satisfy(hasError("RATE_LIMITED"));
	}

	@Test
	void anAddressThatIsNotAnIpLiteralIsNeverStored() {
		String article = article();
		post(readerForwardedAs("<script>alert(1)</script>"), Map.of(), article, "a@example.ma", "Bonjour")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		String clientIp = this.moderator
			.document("{ commentsForModeration(status: PENDING) { edges { node { clientIp } } } }")
			.execute()
			.path("commentsForModeration.edges[0].node.clientIp")
			.entity(String.class)
			.get();
		assertThat(clientIp).isEqualTo("unknown");
	}

	@Test
	void theAddressTheProxyAppendedIsStored() {
		String article = article();
		post(readerForwardedAs("6.6.6.6, 198.51.100.8"), Map.of(), article, "a@example.ma", "Bonjour")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		this.moderator.document("{ commentsForModeration(status: PENDING) { edges { node { clientIp } } } }")
			.execute()
			.path("commentsForModeration.edges[0].node.clientIp")
			.entity(String.class)
			.isEqualTo("198.51.100.8");
	}

}
