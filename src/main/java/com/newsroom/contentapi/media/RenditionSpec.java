package com.newsroom.contentapi.media;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a rendition is, as the last segment of its URL: {@code 640.jpg} (640 pixels wide,
 * the whole image), {@code 640-16x9-f500x300.jpg} (cropped to 16:9 around the focal point
 * at 0.5, 0.3). The focal point is part of the name because the crop depends on it: a
 * URL's bytes never change, so it can be cached forever.
 */
record RenditionSpec(int width, @Nullable AspectRatio ratio, @Nullable String focalPoint, ImageFormat format) {

	private static final Pattern NAME = Pattern
		.compile("(\\d{1,5})(?:-(\\d{1,3})x(\\d{1,3})-f(\\d{1,4}x\\d{1,4}))?\\.(jpg|png)");

	static @Nullable RenditionSpec parse(String name) {
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			return null;
		}
		AspectRatio ratio = (matcher.group(2) != null)
				? new AspectRatio(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))) : null;
		return new RenditionSpec(Integer.parseInt(matcher.group(1)), ratio, matcher.group(4),
				ImageFormat.ofExtension(matcher.group(5)));
	}

	static RenditionSpec of(int width, @Nullable AspectRatio ratio, Image image, ImageFormat format) {
		return new RenditionSpec(width, ratio, (ratio != null) ? image.focalPoint().inUrl() : null, format);
	}

	String name() {
		String crop = (this.ratio != null) ? "-" + this.ratio.inUrl() + "-f" + this.focalPoint : "";
		return this.width + crop + "." + this.format.extension;
	}

}
