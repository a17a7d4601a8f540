package com.newsroom.contentapi.media;

/**
 * The formats renditions are written in. Uploads may also be WebP, which is read but not
 * written: no maintained Java library encodes it without native code.
 */
public enum ImageFormat {

	JPEG("jpg", "image/jpeg"), PNG("png", "image/png");

	final String extension;

	final String mediaType;

	ImageFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	static ImageFormat ofExtension(String extension) {
		for (ImageFormat format : values()) {
			if (format.extension.equals(extension)) {
				return format;
			}
		}
		throw new IllegalArgumentException(extension);
	}

}
