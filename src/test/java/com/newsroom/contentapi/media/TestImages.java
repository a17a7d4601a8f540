package com.newsroom.contentapi.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/**
 * Images made for tests: each call with another seed gives other bytes (so that uploads
 * are new images), and hostile files (truncated, bombs, SVG, EXIF with a GPS position).
 */
final class TestImages {

	private static final Random SEEDS = new Random();

	private TestImages() {
	}

	/** A JPEG: a gradient, with a band of noise from a fresh seed. */
	static byte[] jpeg(int width, int height) {
		return encode(picture(width, height, SEEDS.nextLong(), false), "jpg");
	}

	static byte[] png(int width, int height, boolean transparent) {
		return encode(picture(width, height, SEEDS.nextLong(), transparent), "png");
	}

	/** Left half red, right half blue: which half a crop kept is easy to tell. */
	static byte[] halves(int width, int height) {
		BufferedImage image = picture(width, height, SEEDS.nextLong(), false);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return encode(image, "jpg");
	}

	static BufferedImage picture(int width, int height, long seed, boolean transparent) {
		BufferedImage image = new BufferedImage(width, height,
				transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | 0x80;
				if (y < 8) {
					rgb = random.nextInt(0xFFFFFF);
				}
				int alpha = (transparent && x < width / 2) ? 0 : 0xFF;
				image.setRGB(x, y, (alpha << 24) | rgb);
			}
		}
		return image;
	}

	static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] webp() {
		try (var input = TestImages.class.getResourceAsStream("/images/gradient-120x80.webp")) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] truncated(byte[] file) {
		return Arrays.copyOf(file, file.length / 2);
	}

	/**
	 * A JPEG with an EXIF segment holding an orientation (6: the camera was turned, the
	 * picture must be rotated 90° clockwise) and a photographer's position, as text that
	 * must not reach a rendition.
	 */
	static byte[] jpegWithExif(int width, int height, String gpsText) {
		byte[] jpeg = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(26);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
		tiff.putShort((short) 1); // one entry
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		tiff.putInt(0); // no next IFD
		byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array(),
				gpsText.getBytes(StandardCharsets.UTF_8));
		int length = exif.length + 2;
		byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length }, exif);
		return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	/**
	 * A PNG whose header says {@code side × side} pixels, with a few hundred bytes of
	 * compressed zeros: a decompression bomb.
	 */
	static byte[] pngBomb(int side) {
		Deflater deflater = new Deflater(9);
		deflater.setInput(new byte[1 + side / 8]);
		deflater.finish();
		byte[] buffer = new byte[4096];
		int compressed = deflater.deflate(buffer);
		ByteBuffer header = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 1).put((byte) 0);
		header.put((byte) 0).put((byte) 0).put((byte) 0);
		return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, chunk("IHDR", header.array()),
				chunk("IDAT", Arrays.copyOf(buffer, compressed)), chunk("IEND", new byte[0]));
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeBytes, data,
				ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
