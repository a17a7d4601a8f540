package com.newsroom.contentapi.media;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renditions over HTTP: the configured widths only, never enlarged, cropped around the
 * focal point, cached forever with a strong ETag, without the original's EXIF, turned as
 * the camera said.
 */
class RenditionTests extends ImageTestSupport {

	@Test
	void aRenditionHasItsWidthAndIsCachedForeverWithAStrongEtag() {
		String id = uploaded(TestImages.jpeg(1600, 900));
		String url = url(id, "(width: 640)");
		assertThat(url).isEqualTo("/images/" + id + "/640.jpg");
		EntityExchangeResult<byte[]> first = fetch(url);
		assertThat(first.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(first.getResponseHeaders().getContentType()).hasToString("image/jpeg");
		assertThat(first.getResponseHeaders().getCacheControl()).contains("public", "max-age=31536000", "immutable");
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"").doesNotStartWith("W/");
		BufferedImage rendition = TestImages.decode(first.getResponseBody());
		assertThat(rendition.getWidth()).isEqualTo(640);
		assertThat(rendition.getHeight()).isEqualTo(360);

		EntityExchangeResult<byte[]> again = fetch(url, HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(again.getStatus()).isEqualTo(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponseBody()).isNull();
		assertThat(fetch(url).getResponseBody()).isEqualTo(first.getResponseBody());
	}

	@Test
	void onlyConfiguredWidthsAreMadeAndNothingIsEnlarged() {
		String id = uploaded(TestImages.jpeg(800, 400));
		assertThat(url(id, "(width: 700)")).as("rounded up to a configured width").endsWith("/960.jpg");
		assertThat(url(id, "")).as("the widest configured width up to the image's own").endsWith("/640.jpg");
		EntityExchangeResult<byte[]> refused = fetch("/images/" + id + "/641.jpg");
		assertThat(refused.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(new String(refused.getResponseBody(), StandardCharsets.UTF_8)).contains("\"code\":\"NOT_FOUND\"");
		assertThat(fetch("/images/" + id + "/640-5x7-f500x500.jpg").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(fetch("/images/0123456789abcdef01234567/640.jpg").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(fetch("/images/not-an-id/640.jpg").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);

		BufferedImage widest = TestImages.decode(fetch(url(id, "(width: 1920)")).getResponseBody());
		assertThat(widest.getWidth()).as("never enlarged").isEqualTo(800);
		String srcset = this.anonymous.document("query($id: ID!) { image(id: $id) { srcset } }")
			.variable("id", id)
			.execute()
			.path("image.srcset")
			.entity(String.class)
			.get();
		assertThat(srcset).isEqualTo(
				"/images/" + id + "/320.jpg 320w, /images/" + id + "/640.jpg 640w, /images/" + id + "/960.jpg 800w");
	}

	@Test
	void aCropKeepsTheFocalPointInViewAndMovesWithIt() {
		String id = uploaded(TestImages.halves(1600, 900));
		setFocalPoint(id, 0.1, 0.5);
		String left = url(id, "(width: 320, ratio: \"1:1\")");
		assertThat(left).isEqualTo("/images/" + id + "/320-1x1-f100x500.jpg");
		BufferedImage leftCrop = TestImages.decode(fetch(left).getResponseBody());
		assertThat(leftCrop.getWidth()).isEqualTo(320);
		assertThat(leftCrop.getHeight()).isEqualTo(320);
		assertThat(red(leftCrop.getRGB(160, 160))).as("the red half").isGreaterThan(200);

		setFocalPoint(id, 0.9, 0.5);
		String right = url(id, "(width: 320, ratio: \"1:1\")");
		BufferedImage rightCrop = TestImages.decode(fetch(right).getResponseBody());
		assertThat(blue(rightCrop.getRGB(160, 160))).as("the blue half").isGreaterThan(200);
		EntityExchangeResult<byte[]> stale = fetch(left);
		assertThat(stale.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(stale.getResponseHeaders().getLocation()).hasToString(right);

		this.anonymous.document("query($id: ID!) { image(id: $id) { url(ratio: \"2:1\") } }")
			.variable("id", id)
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT"));
	}

	@Test
	void renditionsCarryNoExifAndAreTurnedAsTheCameraSaid() {
		byte[] photo = TestImages.jpegWithExif(400, 200, "GPSLatitude 33.5731 N 7.5898 W");
		String id = uploaded(photo);
		this.anonymous.document("query($id: ID!) { image(id: $id) { width height } }")
			.variable("id", id)
			.execute()
			.path("image.width")
			.entity(Integer.class)
			.isEqualTo(200)
			.path("image.height")
			.entity(Integer.class)
			.isEqualTo(400);
		byte[] rendition = fetch(url(id, "(width: 320)")).getResponseBody();
		String text = new String(rendition, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("GPSLatitude");
		BufferedImage decoded = TestImages.decode(rendition);
		assertThat(decoded.getWidth()).isEqualTo(200);
		assertThat(decoded.getHeight()).isEqualTo(400);
	}

	@Test
	void aTransparentPngStaysPngAndBecomesWhiteInJpeg() {
		String id = uploaded(TestImages.png(400, 200, true));
		assertThat(url(id, "(width: 320)")).endsWith("/320.png");
		BufferedImage png = TestImages.decode(fetch(url(id, "(width: 320)")).getResponseBody());
		assertThat(png.getColorModel().hasAlpha()).isTrue();
		BufferedImage jpeg = TestImages.decode(fetch(url(id, "(width: 320, format: JPEG)")).getResponseBody());
		assertThat(jpeg.getRGB(10, 100) & 0xFFFFFF).as("transparent pixels on white").isGreaterThan(0xF0F0F0);
	}

	private void setFocalPoint(String id, double x, double y) {
		this.editor
			.document("mutation($id: ID!, $input: UpdateImageInput!) { updateImage(id: $id, input: $input) { id } }")
			.variable("id", id)
			.variable("input", Map.of("focalPoint", Map.of("x", x, "y", y)))
			.execute()
			.path("updateImage.id")
			.entity(String.class)
			.isEqualTo(id);
	}

	private static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}

	private static int blue(int rgb) {
		return rgb & 0xFF;
	}

}
