package com.newsroom.contentapi.media;

import java.time.Duration;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.HttpErrors;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code GET /images/<id>/<name>}: a rendition ({@link RenditionSpec}), to anyone, with a
 * strong ETag and {@code Cache-Control: public, max-age=31536000, immutable}. A width or
 * ratio outside the configured sets is refused, so that renditions stay few; a crop named
 * with a focal point that has since moved is redirected to the current one.
 */
@RestController
class RenditionController extends ImageHttpEndpoint {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final ImageService images;

	private final Renditions renditions;

	private final ImageUrls urls;

	RenditionController(ImageService images, Renditions renditions, ImageUrls urls, ImageProperties properties,
			HttpErrors errors) {
		super(errors, properties);
		this.images = images;
		this.renditions = renditions;
		this.urls = urls;
	}

	@GetMapping("/images/{id}/{name}")
	ResponseEntity<byte[]> rendition(@PathVariable String id, @PathVariable String name, WebRequest request) {
		Image image = this.images.findById(id).orElseThrow(() -> ApiException.notFound("No image with id " + id));
		RenditionSpec spec = RenditionSpec.parse(name);
		if (spec == null || !this.urls.allows(spec)) {
			throw ApiException
				.notFound("No rendition '" + name + "': widths and ratios are limited to the configured ones");
		}
		if (spec.ratio() != null && !spec.focalPoint().equals(image.focalPoint().inUrl())) {
			String current = this.urls.url(image, spec.width(), spec.format(), spec.ratio().toString());
			return ResponseEntity.status(HttpStatus.FOUND)
				.header(HttpHeaders.LOCATION, current)
				.cacheControl(CacheControl.noCache())
				.build();
		}
		String etag = Renditions.etag(image, spec);
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(FOREVER).build();
		}
		Renditions.Rendition rendition = this.renditions.get(image, spec);
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(FOREVER)
			.contentType(MediaType.parseMediaType(rendition.mediaType()))
			.body(rendition.bytes());
	}

}
