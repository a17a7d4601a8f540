package com.newsroom.contentapi.media;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An uploaded image: the original file in GridFS ({@code fileId}), found again by the
 * SHA-256 of its bytes (unique), its size as shown (EXIF orientation applied), its texts
 * per locale and the point that crops keep in view. The bytes never change; the texts and
 * the focal point do.
 *
 * @param placeholder a tiny blurred preview as a {@code data:} URL, made at upload
 */
@Document("images")
public record Image(@Id @Nullable String id, String sha256, String mediaType, int width, int height, long byteSize,
		String fileId, Map<String, String> alts, Map<String, String> captions, Map<String, String> credits,
		FocalPoint focalPoint, String placeholder, @Nullable String uploadedBy, Instant createdAt, Instant updatedAt,
		@Version @Nullable Long version) {

	public Image {
		alts = (alts != null) ? new LinkedHashMap<>(alts) : new LinkedHashMap<>();
		captions = (captions != null) ? new LinkedHashMap<>(captions) : new LinkedHashMap<>();
		credits = (credits != null) ? new LinkedHashMap<>(credits) : new LinkedHashMap<>();
		focalPoint = (focalPoint != null) ? focalPoint : FocalPoint.CENTRE;
	}

	/**
	 * The point of interest, as fractions of the width and height from the top left
	 * corner.
	 */
	public record FocalPoint(double x, double y) {

		static final FocalPoint CENTRE = new FocalPoint(0.5, 0.5);

		/** In thousandths, as URLs carry it. */
		String inUrl() {
			return Math.round(this.x * 1000) + "x" + Math.round(this.y * 1000);
		}

	}

	Image withTexts(Map<String, String> alts, Map<String, String> captions, Map<String, String> credits,
			FocalPoint focalPoint, Instant updatedAt) {
		return new Image(this.id, this.sha256, this.mediaType, this.width, this.height, this.byteSize, this.fileId,
				alts, captions, credits, focalPoint, this.placeholder, this.uploadedBy, this.createdAt, updatedAt,
				this.version);
	}

}
