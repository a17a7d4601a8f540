package com.newsroom.contentapi.author;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The inputs of the author mutations, with the limits the API promises. */
public final class AuthorInputs {

	private AuthorInputs() {
	}

	/**
	 * What an author is called in one locale, with the job title and bio written there.
	 */
	public record AuthorProfileInput(@NotNull Locale locale, @NotBlank @Size(max = 100) String name,
			@Size(max = 100) String title, @Size(max = 2000) String bio) {
	}

	/** A link to the author's page elsewhere: http or https only. */
	public record AuthorLinkInput(@NotBlank @Size(max = 40) String kind,
			@NotBlank @Size(max = 500) @Pattern(regexp = "(?i)https?://\\S+",
					message = "must be an http or https address") String url) {
	}

	public record CreateAuthorInput(@NotBlank @Size(max = 120) String slug,
			@NotEmpty @Size(max = 50) @Valid List<AuthorProfileInput> profiles, @Email @Size(max = 200) String email,
			@Size(max = 10) @Valid List<AuthorLinkInput> links, @Size(max = 40) String photo) {
	}

	/**
	 * Fields left out stay as they are; {@code profiles} and {@code links}, when given,
	 * replace all of them; an empty {@code email} or {@code photo} removes it.
	 */
	public record UpdateAuthorInput(@Size(min = 1, max = 120) String slug,
			@Size(min = 1, max = 50) @Valid List<AuthorProfileInput> profiles, @Email @Size(max = 200) String email,
			@Size(max = 10) @Valid List<AuthorLinkInput> links, @Size(max = 40) String photo) {
	}

}
