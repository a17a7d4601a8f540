package com.newsroom.contentapi.media;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The inputs of the image mutations, with the limits the API promises. */
public final class ImageInputs {

	private ImageInputs() {
	}

	/** An image's texts in one locale; a blank text is none. */
	public record ImageTextInput(@NotNull Locale locale, @Size(max = 500) String alt, @Size(max = 2000) String caption,
			@Size(max = 300) String credit) {
	}

	/** Fractions of the width and height from the top left corner. */
	public record FocalPointInput(@NotNull @DecimalMin("0") @DecimalMax("1") Double x,
			@NotNull @DecimalMin("0") @DecimalMax("1") Double y) {
	}

	/**
	 * Fields left out stay as they are; {@code texts}, when given, replace all of them.
	 */
	public record UpdateImageInput(@Size(max = 50) @Valid List<ImageTextInput> texts,
			@Valid FocalPointInput focalPoint) {
	}

}
