package com.newsroom.contentapi.site;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.newsroom.contentapi.site.Menu.TargetKind;

/** The inputs of the site mutations, with the limits the API promises. */
public final class SiteInputs {

	private SiteInputs() {
	}

	private static final String HTTP = "(?i)https?://\\S+";

	private static final String HTTP_MESSAGE = "must be an http or https address";

	/** The site's name and tagline in one locale. */
	public record SiteNameInput(@NotNull Locale locale, @NotBlank @Size(max = 100) String name,
			@Size(max = 200) String tagline) {
	}

	public record SocialProfileInput(@NotBlank @Size(max = 40) String kind,
			@NotBlank @Size(max = 500) @Pattern(regexp = HTTP, message = HTTP_MESSAGE) String url) {
	}

	/**
	 * Fields left out stay as they are; lists, when given, replace all of their kind; an
	 * empty string removes a text or an image.
	 */
	public record UpdateSiteInput(@Size(min = 1, max = 50) @Valid List<SiteNameInput> names,
			@Size(max = 40) String logo, @Size(max = 40) String socialImage, @Size(max = 200) String publisherName,
			@Size(max = 200) String email, @Size(max = 50) String phone,
			@Size(max = 20) @Valid List<SocialProfileInput> socialProfiles) {
	}

	/** One label: an empty value removes the key from the locale. */
	public record LabelInput(
			@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.-]+",
					message = "letters, digits, '_', '.' and '-' only") String key,
			@NotNull @Size(max = 2000) String value) {
	}

	/** A menu entry; children only at the first level. */
	public record MenuItemInput(@NotEmpty @Size(max = 50) @Valid List<MenuLabelInput> labels, @NotNull TargetKind kind,
			@NotBlank @Size(max = 500) String target, @Size(max = 50) @Valid List<MenuItemInput> children) {
	}

	public record MenuLabelInput(@NotNull Locale locale, @NotBlank @Size(max = 100) String label) {
	}

}
