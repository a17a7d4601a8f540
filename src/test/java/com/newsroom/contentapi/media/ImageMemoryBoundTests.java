package com.newsroom.contentapi.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The memory bound of uploads and renditions: 20 parallel uploads of 12-megapixel JPEGs,
 * then their widest renditions in parallel, with the service and the test in a JVM of
 * {@code -Xmx512m} (its own Surefire execution, tag {@code small-heap}): each succeeds or
 * is refused cleanly (HTTP 503), never an {@code OutOfMemoryError}.
 */
@Tag("small-heap")
class ImageMemoryBoundTests extends ImageTestSupport {

	private static final int UPLOADS = 20;

	@Test
	void twentyParallelUploadsOfTwelveMegapixelPhotosSucceedOrAreRefusedCleanly() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx512m (mvn verify does)")
			.isLessThanOrEqualTo(600L * 1024 * 1024);
		List<byte[]> photos = photos();
		ExecutorService clients = Executors.newFixedThreadPool(UPLOADS);
		try {
			List<Future<EntityExchangeResult<String>>> uploads = new ArrayList<>();
			for (byte[] photo : photos) {
				uploads.add(clients.submit(() -> upload(photo, "photo.jpg", "EDITOR")));
			}
			List<String> ids = new ArrayList<>();
			for (Future<EntityExchangeResult<String>> upload : uploads) {
				EntityExchangeResult<String> result = upload.get();
				assertSucceededOrRefusedCleanly(result.getStatus(), result.getResponseBody());
				if (result.getStatus() == HttpStatus.CREATED) {
					ids.add(com.jayway.jsonpath.JsonPath.read(result.getResponseBody(), "$.id"));
				}
			}
			assertThat(ids).as("the pool and its queue take 20 uploads").hasSize(UPLOADS);

			List<Future<EntityExchangeResult<byte[]>>> renditions = new ArrayList<>();
			for (String id : ids) {
				String url = url(id, "(width: 1920)");
				renditions.add(clients.submit(() -> fetch(url)));
			}
			for (Future<EntityExchangeResult<byte[]>> rendition : renditions) {
				EntityExchangeResult<byte[]> result = rendition.get();
				assertSucceededOrRefusedCleanly(result.getStatus(), null);
				if (result.getStatus() == HttpStatus.OK) {
					assertThat(TestImages.decode(result.getResponseBody()).getWidth()).isEqualTo(1920);
				}
			}
		}
		finally {
			clients.shutdownNow();
		}
	}

	private static void assertSucceededOrRefusedCleanly(org.springframework.http.HttpStatusCode status, String body) {
		assertThat(status.value()).as(String.valueOf(body)).isIn(200, 201, 503);
		if (status.value() == 503) {
			assertThat(body).contains("\"code\":\"RATE_LIMITED\"");
		}
	}

	/**
	 * Twenty different 12-megapixel JPEGs with the grain of a photograph (a few MB each).
	 */
	private static List<byte[]> photos() {
		BufferedImage image = TestImages.picture(4000, 3000, 1, false);
		Random random = new Random(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, image.getRGB(x, y) ^ random.nextInt(0x10) * 0x010101);
			}
		}
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < UPLOADS; i++) {
			image.setRGB(i, 0, 0xFFFFFF ^ i);
			image.setRGB(0, 100 + i, i * 1000);
			photos.add(TestImages.encode(image, "jpg"));
		}
		return photos;
	}

}
