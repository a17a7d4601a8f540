package com.newsroom.contentapi.comment;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posting comments over HTTP: the localised challenge, its errors, input limits, closed
 * articles, rate limits.
 */
class CommentPostingTests extends CommentTestSupport {

	private long storedComments() {
		return this.mongo.count(new org.springframework.data.mongodb.core.query.Query(), Comment.class);
	}

	@Test
	void frenchReaderAnswersAFrenchChallengeAndWaitsForModeration() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		assertThat(challenge.prompt()).matches("[a-zé-]+ × [1-9] =");
		assertThat(challenge.locale()).isEqualTo("fr");
		this.clock.advance(Duration.ofSeconds(8));
		reader.document(ADD)
			.variable("input",
					input(article, "salma@example.ma", "Très bon article <b>merci</b>", challenge, challenge.answer()))
			.execute()
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("addComment.comment.body")
			.entity(String.class)
			.isEqualTo("Très bon article <b>merci</b>")
			.path("addComment.comment.bodyHtml")
			.entity(String.class)
			.isEqualTo("<p>Très bon article &lt;b&gt;merci&lt;/b&gt;</p>")
			.path("addComment.comment.authorEmail")
			.valueIsNull();
		assertThat(storedComments()).isEqualTo(1);
	}

	@Test
	void arabicChallengeIsInArabicWordsAndAcceptsArabicIndicDigits() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "ar-MA");
		assertThat(challenge.locale()).isEqualTo("ar");
		assertThat(challenge.prompt().split(" × ")[0]).matches("[\\p{InArabic} ]+");
		String arabicIndic = challenge.answer()
			.chars()
			.mapToObj(c -> String.valueOf((char) ('\u0660' + (c - '0'))))
			.reduce("", String::concat);
		this.clock.advance(Duration.ofSeconds(8));
		reader.document(ADD)
			.variable("input",
					input(article, "karim@example.ma", "مقال رائع، شكرا", challenge, "  " + arabicIndic + " "))
			.execute()
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("addComment.comment.body")
			.entity(String.class)
			.isEqualTo("مقال رائع، شكرا");
	}

	@Test
	void englishChallengeSpellsOutInEnglish() {
		Challenge challenge = challenge(newReader(), "en");
		assertThat(challenge.prompt()).matches("(two|three|four|five|six|seven|eight|nine) × [1-9] =");
	}

	@Test
	void wrongAnswerFailsAndStoresNothing() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		String wrong = Integer.toString(Integer.parseInt(challenge.answer()) + 1);
		assertError(reader.document(ADD)
			.variable("input", input(article, "a@example.ma", "Bonjour", challenge, wrong))
			.execute(), "CHALLENGE_FAILED");
		assertError(reader.document(ADD)
			.variable("input", input(article, "a@example.ma", "Bonjour", challenge, "dix"))
			.execute(), "CHALLENGE_FAILED");
		assertThat(storedComments()).isZero();
	}

	@Test
	void expiredChallengeFails() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		this.clock.advance(Duration.ofMinutes(11));
		reader.document(ADD)
			.variable("input", input(article, "a@example.ma", "Bonjour", challenge, challenge.answer()))
			.execute()
			.errors()
			.satisfy(hasError("CHALLENGE_FAILED", error -> error.getMessage().contains("expired")));
		assertThat(storedComments()).isZero();
	}

	@Test
	void challengeWorksOnlyOnce() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		this.clock.advance(Duration.ofSeconds(5));
		reader.document(ADD)
			.variable("input", input(article, "a@example.ma", "Premier", challenge, challenge.answer()))
			.execute()
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		reader.document(ADD)
			.variable("input", input(article, "a@example.ma", "Second", challenge, challenge.answer()))
			.execute()
			.errors()
			.satisfy(hasError("CHALLENGE_FAILED", error -> error.getMessage().contains("already used")));
		assertThat(storedComments()).isEqualTo(1);
	}

	@Test
	void tamperedTokenFails() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		String[] parts = challenge.token().split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
		String earlier = payload.replaceFirst("\\|(\\d+)\\|", "|0|");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(earlier.getBytes()) + "." + parts[2];
		assertError(reader.document(ADD)
			.variable("input",
					withToken(input(article, "a@example.ma", "Bonjour", challenge, challenge.answer()), forged))
			.execute(), "CHALLENGE_FAILED");
		assertError(reader.document(ADD)
			.variable("input",
					withToken(input(article, "a@example.ma", "Bonjour", challenge, challenge.answer()), "junk"))
			.execute(), "CHALLENGE_FAILED");
	}

	private static Map<String, Object> withToken(Map<String, Object> input, String token) {
		Map<String, Object> copy = new HashMap<>(input);
		copy.put("challengeToken", token);
		return copy;
	}

	@Test
	void inputLimitsAreBadUserInput() {
		String article = article();
		expectBadField(article, Map.of("authorName", "n".repeat(101)), "input.authorName");
		expectBadField(article, Map.of("body", "b".repeat(5001)), "input.body");
		expectBadField(article, Map.of("authorEmail", "not-an-email"), "input.authorEmail");
		expectBadField(article, Map.of("authorUrl", "javascript:alert(1)"), "input.authorUrl");
		expectBadField(article, Map.of("body", "   "), "input.body");
		assertThat(storedComments()).isZero();
	}

	private void expectBadField(String article, Map<String, Object> override, String field) {
		post(newReader(), override, article, "x@example.ma", "Texte").errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> field.equals(error.getExtensions().get("field"))));
	}

	@Test
	void closedCommentsAreForbidden() {
		String article = article();
		assertError(
				this.anonymous.document("mutation($id: ID!) { setCommentsOpen(articleId: $id, open: false) { id } }")
					.variable("id", article)
					.execute(),
				"UNAUTHENTICATED");
		this.moderator.document("mutation($id: ID!) { setCommentsOpen(articleId: $id, open: false) { commentsOpen } }")
			.variable("id", article)
			.execute()
			.path("setCommentsOpen.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(false);
		post(newReader(), Map.of(), article, "a@example.ma", "Bonjour").errors().satisfy(hasError("FORBIDDEN"));
		this.editor.document("mutation($id: ID!) { setCommentsOpen(articleId: $id, open: true) { commentsOpen } }")
			.variable("id", article)
			.execute()
			.path("setCommentsOpen.commentsOpen")
			.entity(Boolean.class)
			.isEqualTo(true);
		post(newReader(), Map.of(), article, "a@example.ma", "Bonjour").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void commentsOnDraftsOrUnknownArticlesAreNotFound() {
		String draft = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		post(newReader(), Map.of(), draft, "a@example.ma", "Bonjour").errors().satisfy(hasError("NOT_FOUND"));
		post(newReader(), Map.of(), "6b0bd5e64aaecbb64cef0000", "a@example.ma", "Bonjour").errors()
			.satisfy(hasError("NOT_FOUND"));
	}

	@Test
	void forgedPostsDoNotLockReadersOutOfAnArticle() {
		String article = article();
		List<Object> forgedCodes = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Map<String, Object> forged = new HashMap<>(Map.of("articleId", article, "authorName", "Bot", "authorEmail",
					"bot@example.ma", "body", "Flood " + i, "challengeToken", "forged", "challengeAnswer", "10"));
			newReader().document(ADD)
				.variable("input", forged)
				.execute()
				.errors()
				.satisfy(errors -> forgedCodes.add(errors.get(0).getExtensions().get("code")));
		}
		post(newReader(), Map.of(), article, "b@example.ma", "Un vrai lecteur").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		assertThat(forgedCodes).hasSize(40).containsOnly("CHALLENGE_FAILED");
		assertThat(storedComments()).isEqualTo(1);
	}

	@Test
	void sixthCommentInAMinuteFromOneAddressIsRateLimited() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		for (int i = 0; i < 5; i++) {
			post(reader, Map.of(), article, "a@example.ma", "Commentaire numéro " + i).path("addComment.status")
				.entity(String.class)
				.isEqualTo("PENDING");
		}
		GraphQlTester.Response sixth = post(reader, Map.of(), article, "a@example.ma", "Encore un");
		sixth.errors()
			.satisfy(hasError("RATE_LIMITED",
					error -> ((Number) error.getExtensions().get("retryAfterSeconds")).intValue() >= 1));
		post(newReader(), Map.of(), article, "b@example.ma", "Un autre lecteur").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

}
