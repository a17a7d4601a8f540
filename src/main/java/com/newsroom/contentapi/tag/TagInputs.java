package com.newsroom.contentapi.tag;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The inputs of the tag mutations. */
public final class TagInputs {

	private TagInputs() {
	}

	public record TagNameInput(@NotNull Locale locale, @NotBlank @Size(max = 100) String name) {
	}

	public record CreateTagInput(@NotBlank @Size(max = 120) String slug, @NotNull @Valid List<TagNameInput> names) {
	}

	/**
	 * Fields left out stay as they are; {@code names}, when given, replaces all names.
	 */
	public record UpdateTagInput(@Size(min = 1, max = 120) String slug, @Valid List<TagNameInput> names) {
	}

}
