package com.newsroom.contentapi.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Akismet adapter on its own: off without configuration, no verdict when the service
 * cannot be reached.
 */
class AkismetClientTests {

	private static CommentProperties properties(String apiKey, String endpoint) {
		return new CommentProperties(
				new CommentProperties.Challenge(null, Duration.ofMinutes(10), Duration.ofSeconds(3)), 3,
				new CommentProperties.RateLimit(true, 5, 30, Duration.ofMinutes(1)),
				new CommentProperties.Spam(5, 2, 1, 3, 2, 8, 3, Duration.ofHours(24), 3, 5, 5, Map.of(), List.of()),
				new CommentProperties.Akismet(apiKey, (apiKey != null) ? "https://example.ma" : null, endpoint,
						Duration.ofMillis(500)),
				new CommentProperties.AutoApproval(true, null, Duration.ofDays(90)));
	}

	private static Comment comment() {
		return new Comment(null, "a1", null, List.of(), "Salma", "s@example.ma", "key", null, "Bonjour",
				"<p>Bonjour</p>", "hash", "fr", "10.0.0.1", "test", CommentStatus.PENDING, 0, List.of(), 0,
				Instant.now(), null, null, CommentText.RENDER_VERSION);
	}

	@Test
	void withoutAKeyAkismetIsNeverCalled() throws Exception {
		try (AkismetStub stub = new AkismetStub()) {
			stub.mode = AkismetStub.Mode.SPAM;
			AkismetClient client = new AkismetClient(properties(null, stub.url()));
			assertThat(client.enabled()).isFalse();
			assertThat(client.isSpam(comment())).isEmpty();
			assertThat(stub.requests).isEmpty();
		}
	}

	@Test
	void unreachableAkismetGivesNoVerdict() throws Exception {
		String url;
		try (AkismetStub stub = new AkismetStub()) {
			url = stub.url();
		}
		AkismetClient client = new AkismetClient(properties("key", url));
		assertThat(client.enabled()).isTrue();
		assertThat(client.isSpam(comment())).isEmpty();
	}

	@Test
	void reachableAkismetGivesItsVerdict() throws Exception {
		try (AkismetStub stub = new AkismetStub()) {
			AkismetClient client = new AkismetClient(properties("key", stub.url()));
			stub.mode = AkismetStub.Mode.SPAM;
			assertThat(client.isSpam(comment())).contains(true);
			stub.mode = AkismetStub.Mode.HAM;
			assertThat(client.isSpam(comment())).contains(false);
		}
	}

}
