package com.newsroom.contentapi.comment;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Posting comments the way a client does: ask for a challenge, read the prompt, answer
 * it. The answer is computed from the prompt alone (ICU parses the spelled-out operand),
 * so the tests use no back door.
 */
abstract class CommentTestSupport extends IntegrationTest {

	private static final AtomicInteger nextIp = new AtomicInteger(1);

	static final String ADD = """
			mutation($input: AddCommentInput!) {
			  addComment(input: $input) { status comment { id status body bodyHtml parentId depth authorName authorEmail } } }""";

	/** The same, with the author token the post returns. */
	static final String ADD_AS_AUTHOR = """
			mutation($input: AddCommentInput!) {
			  addComment(input: $input) { status authorToken comment { id status body bodyHtml authorName } } }""";

	/**
	 * A commenter as a client knows them: the e-mail typed in the form and the last
	 * author token received.
	 */
	record Author(String email, String token) {

		Map<String, Object> proof() {
			return Map.of("authorToken", this.token);
		}

	}

	record Challenge(String token, String prompt, String locale) {

		String answer() {
			return Integer.toString(ChallengeSolver.solve(this.prompt, this.locale));
		}

	}

	/**
	 * A reader with an address of their own (the test context trusts X-Forwarded-For).
	 */
	HttpGraphQlTester newReader() {
		int n = nextIp.getAndIncrement();
		return this.anonymous.mutate().header("X-Forwarded-For", "10.1." + (n / 250) + "." + (n % 250 + 1)).build();
	}

	Challenge challenge(HttpGraphQlTester reader, String locale) {
		GraphQlTester.Response response = reader
			.document("query($l: Locale) { commentChallenge(locale: $l) { token prompt locale } }")
			.variable("l", locale)
			.execute();
		return new Challenge(response.path("commentChallenge.token").entity(String.class).get(),
				response.path("commentChallenge.prompt").entity(String.class).get(),
				response.path("commentChallenge.locale").entity(String.class).get());
	}

	Map<String, Object> input(String articleId, String email, String body, Challenge challenge, String answer) {
		Map<String, Object> input = new HashMap<>();
		input.put("articleId", articleId);
		input.put("authorName", "Salma");
		input.put("authorEmail", email);
		input.put("body", body);
		input.put("challengeToken", challenge.token());
		input.put("challengeAnswer", answer);
		return input;
	}

	/** Asks for a challenge, takes a human moment to answer it, and posts. */
	GraphQlTester.Response post(HttpGraphQlTester reader, Map<String, Object> extra, String articleId, String email,
			String body) {
		return post(ADD, reader, extra, articleId, email, body);
	}

	GraphQlTester.Response post(String mutation, HttpGraphQlTester reader, Map<String, Object> extra, String articleId,
			String email, String body) {
		Challenge challenge = challenge(reader, "fr");
		this.clock.advance(Duration.ofSeconds(10));
		Map<String, Object> input = input(articleId, email, body, challenge, challenge.answer());
		input.putAll(extra);
		return reader.document(mutation).variable("input", input).execute();
	}

	String postAndGetId(String articleId, String email, String body) {
		return post(newReader(), Map.of(), articleId, email, body).path("addComment.comment.id")
			.entity(String.class)
			.get();
	}

	String approve(String commentId) {
		return this.moderator.document("mutation($id: ID!) { moderateComment(id: $id, status: APPROVED) { status } }")
			.variable("id", commentId)
			.execute()
			.path("moderateComment.status")
			.entity(String.class)
			.get();
	}

	/**
	 * An author whose earlier comment a moderator approved, holding the token of that
	 * post, so that their clean comments are approved at once.
	 */
	Author knownAuthor(String articleId) {
		String email = "known" + nextIp.incrementAndGet() + "@example.ma";
		GraphQlTester.Response first = post(ADD_AS_AUTHOR, newReader(), Map.of(), articleId, email,
				"Premier commentaire de " + email);
		approve(first.path("addComment.comment.id").entity(String.class).get());
		return new Author(email, first.path("addComment.authorToken").entity(String.class).get());
	}

	int commentCount(String articleId) {
		return this.anonymous.document("query($id: ID!) { article(id: $id) { commentCount } }")
			.variable("id", articleId)
			.execute()
			.path("article.commentCount")
			.entity(Integer.class)
			.get();
	}

	String article() {
		return createPublishedArticle(
				List.of(translation("fr", "Un article à commenter " + nextIp.incrementAndGet(), "Texte")), List.of());
	}

	/**
	 * An approved comment as the version before render versions stored it: no
	 * renderVersion, unsafe HTML.
	 */
	Document oldStyleComment(String articleId, String body, String bodyHtml) {
		return new Document("articleId", articleId).append("ancestorIds", List.of())
			.append("authorName", "Ancien lecteur")
			.append("authorEmail", "ancien@example.ma")
			.append("body", body)
			.append("bodyHtml", bodyHtml)
			.append("bodyHash", "0")
			.append("locale", "fr")
			.append("clientIp", "10.0.0.1")
			.append("userAgent", "old")
			.append("status", "APPROVED")
			.append("spamScore", 0)
			.append("spamSignals", List.of())
			.append("replyCount", 0)
			.append("createdAt", Date.from(this.clock.instant()));
	}

}
