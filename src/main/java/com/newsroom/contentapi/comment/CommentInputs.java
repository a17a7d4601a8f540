package com.newsroom.contentapi.comment;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The input of {@code addComment}, with the limits of a public form. */
public final class CommentInputs {

	private CommentInputs() {
	}

	public record AddCommentInput(@NotBlank String articleId, String parentId,
			@NotBlank @Size(max = 100) String authorName,
			@NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String authorEmail,
			@Size(max = 500) String authorUrl, @NotBlank @Size(max = 5000) String body, @NotBlank String challengeToken,
			@NotBlank @Size(max = 20) String challengeAnswer, @Size(max = 500) String authorToken) {
	}

}
