package com.newsroom.contentapi.comment;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Akismet switched on against a local stub: its verdict counts, and its failures never
 * block a comment.
 */
class AkismetTests extends CommentTestSupport {

	private static final AkismetStub stub;

	static {
		try {
			stub = new AkismetStub();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void akismet(DynamicPropertyRegistry registry) {
		registry.add("contentapi.comments.akismet.api-key", () -> "test-key");
		registry.add("contentapi.comments.akismet.site-url", () -> "https://example.ma");
		registry.add("contentapi.comments.akismet.endpoint", stub::url);
		registry.add("contentapi.comments.akismet.timeout", () -> "500ms");
	}

	@AfterAll
	static void stop() {
		stub.close();
	}

	@BeforeEach
	void resetStub() {
		stub.mode = AkismetStub.Mode.HAM;
		stub.requests.clear();
	}

	@Test
	void akismetSpamVerdictMakesTheCommentSpam() {
		stub.mode = AkismetStub.Mode.SPAM;
		post(newReader(), Map.of(), article(), "spammer@example.ma", "Bonjour").path("addComment.status")
			.entity(String.class)
			.isEqualTo("SPAM");
		assertThat(stub.requests).singleElement().satisfies(request -> {
			assertThat(request).containsEntry("api_key", "test-key")
				.containsEntry("blog", "https://example.ma")
				.containsEntry("comment_content", "Bonjour")
				.containsEntry("comment_author_email", "spammer@example.ma")
				.containsEntry("blog_lang", "fr");
			assertThat(request.get("user_ip")).startsWith("10.1.");
		});
	}

	@Test
	void akismetHamVerdictLeavesTheLocalScoreInCharge() {
		String article = article();
		Author author = knownAuthor(article);
		post(newReader(), author.proof(), article, author.email(), "Merci pour cet article").path("addComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
	}

	@Test
	void slowAkismetIsIgnoredAndTheCommentIsKept() {
		stub.mode = AkismetStub.Mode.SLOW;
		long started = System.nanoTime();
		post(newReader(), Map.of(), article(), "patient@example.ma", "Toujours là").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2900);
		assertThat(this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Comment.class))
			.isEqualTo(1);
	}

	@Test
	void failingAkismetIsIgnoredAndTheCommentIsKept() {
		stub.mode = AkismetStub.Mode.ERROR;
		String id = post(newReader(), Map.of(), article(), "a@example.ma", "Erreur côté Akismet")
			.path("addComment.comment.id")
			.entity(String.class)
			.get();
		this.moderator.document("{ commentsForModeration { edges { node { id spamSignals } } } }")
			.execute()
			.path("commentsForModeration.edges[?(@.node.id == '" + id + "')].node.spamSignals[*]")
			.entityList(String.class)
			.containsExactly("akismet:unavailable");
	}

}
