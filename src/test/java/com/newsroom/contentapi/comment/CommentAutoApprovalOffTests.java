package com.newsroom.contentapi.comment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

/**
 * With auto-approval switched off, every comment waits for a moderator and no author
 * token is handed out.
 */
@TestPropertySource(properties = "contentapi.comments.auto-approval.enabled=false")
class CommentAutoApprovalOffTests extends CommentTestSupport {

	@Test
	void anAuthorAModeratorApprovedWaitsForModerationAndGetsNoToken() {
		String article = article();
		approve(postAndGetId(article, "regular@example.ma", "Approuvé par un modérateur"));
		post(ADD_AS_AUTHOR, newReader(), Map.of(), article, "regular@example.ma", "Sans lien").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("addComment.authorToken")
			.valueIsNull();
	}

}
