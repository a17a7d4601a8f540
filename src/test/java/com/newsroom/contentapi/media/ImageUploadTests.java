package com.newsroom.contentapi.media;

import java.util.HexFormat;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.text.Digests;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over HTTP: JPEG, PNG and WebP are stored with their size, type and SHA-256; the
 * same bytes give the same image; only editors may upload; every kind of bad file is
 * refused with its reason and stores nothing.
 */
class ImageUploadTests extends ImageTestSupport {

	@Test
	void anEditorUploadsJpegPngAndWebpAndLearnsTheirSizeAndType() {
		byte[] jpeg = TestImages.jpeg(300, 200);
		EntityExchangeResult<String> result = upload(jpeg, "photo.jpg", "EDITOR");
		assertThat(result.getStatus()).isEqualTo(HttpStatus.CREATED);
		String body = result.getResponseBody();
		assertThat((Integer) JsonPath.read(body, "$.width")).isEqualTo(300);
		assertThat((Integer) JsonPath.read(body, "$.height")).isEqualTo(200);
		assertThat((String) JsonPath.read(body, "$.mediaType")).isEqualTo("image/jpeg");
		assertThat(((Number) JsonPath.read(body, "$.byteSize")).longValue()).isEqualTo(jpeg.length);
		assertThat((String) JsonPath.read(body, "$.sha256")).isEqualTo(HexFormat.of().formatHex(Digests.sha256(jpeg)));

		String png = upload(TestImages.png(64, 48, true), "logo.png", "EDITOR").getResponseBody();
		assertThat((String) JsonPath.read(png, "$.mediaType")).isEqualTo("image/png");
		assertThat((Integer) JsonPath.read(png, "$.width")).isEqualTo(64);

		EntityExchangeResult<String> webp = upload(TestImages.webp(), "photo.webp", "EDITOR");
		assertThat(webp.getStatus().is2xxSuccessful()).as(webp.getResponseBody()).isTrue();
		assertThat((String) JsonPath.read(webp.getResponseBody(), "$.mediaType")).isEqualTo("image/webp");
		assertThat((Integer) JsonPath.read(webp.getResponseBody(), "$.width")).isEqualTo(120);
		assertThat((Integer) JsonPath.read(webp.getResponseBody(), "$.height")).isEqualTo(80);

		this.anonymous.document("query($id: ID!) { image(id: $id) { width height mediaType placeholder } }")
			.variable("id", JsonPath.read(body, "$.id"))
			.execute()
			.path("image.placeholder")
			.entity(String.class)
			.satisfies(
					placeholder -> assertThat(placeholder).startsWith("data:image/jpeg;base64,").hasSizeLessThan(2000));
	}

	@Test
	void theSameBytesUploadedTwiceAreOneImage() {
		byte[] jpeg = TestImages.jpeg(120, 90);
		String first = uploaded(jpeg);
		long files = count("image_originals.files");
		EntityExchangeResult<String> again = upload(jpeg, "other-name.jpg", "EDITOR");
		assertThat(again.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat((String) JsonPath.read(again.getResponseBody(), "$.id")).isEqualTo(first);
		assertThat((Boolean) JsonPath.read(again.getResponseBody(), "$.created")).isFalse();
		assertThat(count("image_originals.files")).isEqualTo(files);
	}

	@Test
	void onlyEditorsAndAdminsMayUpload() {
		long images = count("images");
		EntityExchangeResult<String> anonymous = upload(TestImages.jpeg(50, 50), "a.jpg", null);
		assertThat(anonymous.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getResponseBody()).contains("\"code\":\"UNAUTHENTICATED\"");
		EntityExchangeResult<String> moderator = upload(TestImages.jpeg(50, 50), "m.jpg", "MODERATOR");
		assertThat(moderator.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(moderator.getResponseBody()).contains("\"code\":\"FORBIDDEN\"");
		assertThat(count("images")).isEqualTo(images);
		assertThat(upload(TestImages.jpeg(50, 50), "admin.jpg", "ADMIN").getStatus()).isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void badFilesAreRefusedWithTheirReasonAndStoreNothing() {
		long images = count("images");
		long originals = count("image_originals.files");
		assertRefused(upload("hello, not a picture".getBytes(), "photo.jpg", "EDITOR"),
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "NOT_AN_IMAGE");
		assertRefused(upload("""
				<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"""
			.getBytes(), "logo.svg", "EDITOR"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "SVG");
		assertRefused(upload(TestImages.truncated(TestImages.jpeg(400, 300)), "cut.jpg", "EDITOR"),
				HttpStatus.BAD_REQUEST, "DAMAGED");
		assertRefused(upload(TestImages.truncated(TestImages.png(400, 300, false)), "cut.png", "EDITOR"),
				HttpStatus.BAD_REQUEST, "DAMAGED");
		byte[] bomb = TestImages.pngBomb(100_000);
		assertThat(bomb.length).isLessThan(20_000);
		assertRefused(upload(bomb, "bomb.png", "EDITOR"), HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_PIXELS");
		assertRefused(upload(new byte[0], "empty.jpg", "EDITOR"), HttpStatus.UNSUPPORTED_MEDIA_TYPE, "NOT_AN_IMAGE");
		byte[] huge = TestImages.concat(TestImages.jpeg(64, 64), new byte[21 * 1024 * 1024]);
		assertRefused(upload(huge, "huge.jpg", "EDITOR"), HttpStatus.CONTENT_TOO_LARGE, "TOO_LARGE");
		assertThat(count("images")).isEqualTo(images);
		assertThat(count("image_originals.files")).isEqualTo(originals);
	}

	@Test
	void aRequestWithoutAFilePartIsRefused() {
		EntityExchangeResult<String> result = http().post()
			.uri("/images")
			.header("Authorization", "Bearer " + secretFor("EDITOR"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectBody(String.class)
			.returnResult();
		assertRefused(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "NOT_AN_IMAGE");
	}

	private static void assertRefused(EntityExchangeResult<String> result, HttpStatus status, String reason) {
		assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(status);
		assertThat(result.getResponseBody()).contains("\"code\":\"BAD_USER_INPUT\"")
			.contains("\"reason\":\"" + reason + "\"")
			.doesNotContain("Exception");
	}

}
