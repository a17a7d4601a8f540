package com.newsroom.contentapi.media;

import com.jayway.jsonpath.JsonPath;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Uploading and fetching images over HTTP, as editors and front-ends do. */
abstract class ImageTestSupport extends IntegrationTest {

	/** {@code POST /images} with the file as the part {@code file}; the raw response. */
	EntityExchangeResult<String> upload(byte[] file, String filename, String role) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		parts.part("file", new ByteArrayResource(file)).filename(filename);
		WebTestClient.RequestBodySpec request = http().mutate()
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build()
			.post()
			.uri("/images");
		if (role != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secretFor(role));
		}
		return request.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(parts.build()))
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	/** An editor's upload that must succeed; the new image's id. */
	String uploaded(byte[] file) {
		EntityExchangeResult<String> result = upload(file, "photo.jpg", "EDITOR");
		if (!result.getStatus().is2xxSuccessful()) {
			throw new AssertionError("upload refused: " + result.getResponseBody());
		}
		return JsonPath.read(result.getResponseBody(), "$.id");
	}

	/** A GET of an image address, as a browser would send it. */
	EntityExchangeResult<byte[]> fetch(String url, String... headers) {
		WebTestClient.RequestHeadersSpec<?> request = http().mutate()
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build()
			.get()
			.uri(url);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange().expectBody(byte[].class).returnResult();
	}

	String url(String imageId, String arguments) {
		return this.anonymous.document("query($id: ID!) { image(id: $id) { url" + arguments + " } }")
			.variable("id", imageId)
			.execute()
			.path("image.url")
			.entity(String.class)
			.get();
	}

	long count(String collection) {
		return this.mongo.getCollection(collection).countDocuments();
	}

}
