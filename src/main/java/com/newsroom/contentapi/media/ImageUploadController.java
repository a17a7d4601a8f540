package com.newsroom.contentapi.media;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.HttpErrors;
import com.newsroom.contentapi.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /images}: an editor's upload, as {@code multipart/form-data} with the file
 * in a part named {@code file} (Spring Security lets only {@code EDITOR} and
 * {@code ADMIN} tokens through). Answers {@code 201} with the new image, or {@code 200}
 * with the existing one when the same bytes were uploaded before. A request declaring
 * more bytes than the limit is refused before a byte of it is read.
 */
@RestController
class ImageUploadController extends ImageHttpEndpoint {

	private final ImageService images;

	private final ImageUrls urls;

	private final ImageProperties properties;

	ImageUploadController(ImageService images, ImageUrls urls, ImageProperties properties, HttpErrors errors) {
		super(errors, properties);
		this.images = images;
		this.urls = urls;
		this.properties = properties;
	}

	@PostMapping("/images")
	ResponseEntity<Map<String, Object>> upload(HttpServletRequest request) {
		if (request.getContentLengthLong() > this.properties.maxRequestBytes()) {
			throw ImageService.tooLarge(this.properties.maxUploadSize().toBytes());
		}
		if (!(request instanceof MultipartHttpServletRequest multipart)) {
			throw ImageRefusal.NOT_AN_IMAGE
				.exception("Send the image as multipart/form-data, the file in a part named 'file'");
		}
		MultipartFile file = multipart.getFile("file");
		if (file == null) {
			throw ApiException.badInput("file", "the multipart request has no part named 'file'");
		}
		ImageService.Uploaded uploaded = this.images.upload(file, Caller.current());
		Image image = uploaded.image();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", image.id());
		body.put("width", image.width());
		body.put("height", image.height());
		body.put("mediaType", image.mediaType());
		body.put("byteSize", image.byteSize());
		body.put("sha256", image.sha256());
		body.put("url", this.urls.url(image, null, null, null));
		body.put("created", uploaded.created());
		return ResponseEntity.status(uploaded.created() ? HttpStatus.CREATED : HttpStatus.OK).body(body);
	}

}
