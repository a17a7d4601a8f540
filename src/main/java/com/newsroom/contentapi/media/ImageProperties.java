package com.newsroom.contentapi.media;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxUploadSize bytes an uploaded file may have (HTTP 413 above)
 * @param maxPixels width × height an image may decode to; checked from the file's header
 * before anything is decoded, so that a small file that would decode to an enormous
 * picture (a decompression bomb) is refused
 * @param widths the widths renditions are made in; a URL with another width is refused,
 * so that nobody can make the service render a million variants
 * @param ratios the aspect ratios ({@code 16:9}) renditions may be cropped to, around the
 * image's focal point
 * @param publicUrl where clients reach the renditions ({@code https://cdn.example.ma}):
 * the prefix of every image URL; empty, URLs are paths on this service
 * ({@code /images/…})
 * @param workers threads that decode and resize images; with {@code queue} it bounds the
 * memory that uploads and renditions can take at once
 * @param queue image jobs that may wait for a worker; more are refused with HTTP 503
 * @param queueTimeout how long an upload or a rendition waits for a worker before it is
 * refused with HTTP 503
 * @param renditionCacheSize memory kept on each instance for renditions already made (the
 * rest are read back from GridFS)
 * @param jpegQuality JPEG compression quality of renditions, 0 to 1
 * @param cacheTtl how long an image's document (size, texts) is kept in memory on each
 * instance, as for tags and authors; {@code 0} turns the cache off
 */
@ConfigurationProperties("contentapi.images")
public record ImageProperties(@DefaultValue("20MB") DataSize maxUploadSize, @DefaultValue("50000000") long maxPixels,
		@DefaultValue( {
				"320", "640", "960", "1280", "1920" }) List<Integer> widths,
		@DefaultValue({ "1:1", "4:3", "3:2", "16:9" }) List<String> ratios, @DefaultValue("") String publicUrl,
		@DefaultValue("2") int workers, @DefaultValue("32") int queue, @DefaultValue("30s") Duration queueTimeout,
		@DefaultValue("64MB") DataSize renditionCacheSize, @DefaultValue("0.82") float jpegQuality,
		@DefaultValue("60s") Duration cacheTtl){

	public ImageProperties {
		widths = widths.stream().sorted().distinct().toList();
		if (widths.isEmpty() || widths.get(0) < 16 || widths.get(widths.size() - 1) > 8192) {
			throw new IllegalArgumentException("contentapi.images.widths: give widths between 16 and 8192");
		}
		ratios.forEach(AspectRatio::parse);
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * Bytes an upload request may have: the file and room for the multipart boundaries
	 * and headers around it.
	 */
	long maxRequestBytes() {
		return this.maxUploadSize.toBytes() + 64 * 1024;
	}

	/** The widest configured rendition: what a URL without a width gets. */
	int largestWidth() {
		return this.widths.get(this.widths.size() - 1);
	}

}
