package com.newsroom.contentapi.comment;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * Signed tokens of one kind never pass as another, and a token whose parts do not parse
 * is refused with the code of the operation, not INTERNAL, even when one configured
 * secret serves every kind (the riskiest configuration).
 */
@TestPropertySource(properties = { "contentapi.preview.secret=" + SignedTokenKindTests.SHARED_SECRET,
		"contentapi.comments.challenge.secret=" + SignedTokenKindTests.SHARED_SECRET })
class SignedTokenKindTests extends CommentTestSupport {

	static final String SHARED_SECRET = "one-secret-for-challenges-and-previews-0123456789";

	private static final String PREVIEW = "query($t: String!) { preview(token: $t) { id title } }";

	private String previewToken() {
		String id = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		return this.editor.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", id)
			.execute()
			.path("createPreviewLink.token")
			.entity(String.class)
			.get();
	}

	/** The token with its kind (the part before the first dot) replaced. */
	private static String relabelled(String token, String kind) {
		return kind + token.substring(token.indexOf('.'));
	}

	private static String kindOf(String token) {
		return token.substring(0, token.indexOf('.'));
	}

	/**
	 * Posts with this token from a reader of its own (posting is rate limited per
	 * address).
	 */
	private void assertChallengeFails(String article, Challenge challenge, String token) {
		var input = input(article, "a@example.ma", "Bonjour", challenge, challenge.answer());
		input.put("challengeToken", token);
		assertError(newReader().document(ADD).variable("input", input).execute(), "CHALLENGE_FAILED");
	}

	@Test
	void previewTokenRelabelledAsAChallengeFailsTheChallenge() {
		String article = article();
		Challenge challenge = challenge(newReader(), "fr");
		assertChallengeFails(article, challenge, relabelled(previewToken(), kindOf(challenge.token())));
	}

	@Test
	void challengeTokenRelabelledAsAPreviewIsForbidden() {
		String previewKind = kindOf(previewToken());
		String challenge = challenge(newReader(), "fr").token();
		assertError(this.anonymous.document(PREVIEW).variable("t", relabelled(challenge, previewKind)).execute(),
				"FORBIDDEN");
	}

	@Test
	void malformedChallengeTokensFailTheChallenge() {
		String article = article();
		Challenge challenge = challenge(newReader(), "fr");
		String kind = kindOf(challenge.token());
		for (String token : List.of(".", "..", kind, kind + "..", kind + ".!!!.???", kind + ".a.b.c",
				challenge.token() + ".", kind + "." + "A".repeat(5000) + ".x")) {
			assertChallengeFails(article, challenge, token);
		}
	}

	@Test
	void malformedPreviewTokensAreForbidden() {
		String kind = kindOf(previewToken());
		for (String token : List.of("", ".", "..", kind, kind + "..", kind + ".!!!.???", kind + ".a.b.c")) {
			assertError(this.anonymous.document(PREVIEW).variable("t", token).execute(), "FORBIDDEN");
		}
	}

}
