package com.newsroom.contentapi.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts never drift: parallel posts and parallel moderation of one comment. */
class CommentConcurrencyTests extends CommentTestSupport {

	@Test
	void parallelApprovedPostsAreAllCounted() throws Exception {
		String article = article();
		Author author = knownAuthor(article);
		int posts = 20;
		List<Map<String, Object>> inputs = new ArrayList<>();
		List<HttpGraphQlTester> readers = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			HttpGraphQlTester reader = newReader();
			Challenge challenge = challenge(reader, "fr");
			readers.add(reader);
			Map<String, Object> input = input(article, author.email(), "Commentaire parallèle " + i, challenge,
					challenge.answer());
			input.putAll(author.proof());
			inputs.add(input);
		}
		this.clock.advance(java.time.Duration.ofSeconds(10));
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < posts; i++) {
			HttpGraphQlTester reader = readers.get(i);
			Map<String, Object> input = inputs.get(i);
			tasks.add(() -> reader.document(ADD)
				.variable("input", input)
				.execute()
				.path("addComment.status")
				.entity(String.class)
				.get());
		}
		List<String> statuses = runAll(tasks);
		assertThat(statuses).hasSize(posts).containsOnly("APPROVED");
		assertThat(commentCount(article)).isEqualTo(posts + 1);
	}

	@Test
	void parallelModerationOfOneCommentCountsItOnce() throws Exception {
		String article = article();
		String id = postAndGetId(article, "a@example.ma", "Un seul");
		List<Callable<String>> tasks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			tasks.add(() -> approve(id));
		}
		assertThat(runAll(tasks)).containsOnly("APPROVED");
		assertThat(commentCount(article)).isEqualTo(1);
	}

	private static List<String> runAll(List<Callable<String>> tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<String> results = new ArrayList<>();
			for (Future<String> future : pool.invokeAll(tasks)) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
