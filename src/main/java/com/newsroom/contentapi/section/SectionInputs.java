package com.newsroom.contentapi.section;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The inputs of the section mutations, with the limits the API promises. */
public final class SectionInputs {

	private SectionInputs() {
	}

	/** The name of a section in one locale, and its description there. */
	public record SectionNameInput(@NotNull Locale locale, @NotBlank @Size(max = 100) String name,
			@Size(max = 500) String description) {
	}

	public record CreateSectionInput(@NotBlank @Size(max = 120) String slug,
			@NotNull @Size(max = 50) @Valid List<SectionNameInput> names, String parent, Integer position) {
	}

	/**
	 * Fields left out stay as they are; {@code names}, when given, replaces all names; an
	 * empty {@code parent} moves the section to the top.
	 */
	public record UpdateSectionInput(@Size(min = 1, max = 120) String slug,
			@Size(max = 50) @Valid List<SectionNameInput> names, String parent, Integer position) {
	}

}
