package com.newsroom.contentapi.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntBinaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.jspecify.annotations.Nullable;

/**
 * Reading, resizing and writing images with ImageIO (TwelveMonkeys' readers for JPEG and
 * WebP, the JDK's for PNG) and Thumbnailator. The type of a file is decided from its
 * first bytes, never from its name or declared type. Its size is read from the header and
 * checked against the pixel limit before anything is decoded, and it is decoded
 * subsampled to about twice the size wanted, so that decoding a 12-megapixel photo for a
 * 640-pixel rendition needs a few megabytes, not fifty. Renditions are written from
 * pixels only: EXIF (a photographer's GPS position included) and other metadata of the
 * original never reach them; the EXIF orientation is applied first.
 */
final class ImageCodec {

	/** A side longer than this is refused whatever the pixel count (row buffers). */
	static final int MAX_SIDE = 30_000;

	private static final int PLACEHOLDER_SIDE = 24;

	private ImageCodec() {
	}

	/** The formats uploads may have, by their first bytes. */
	enum SourceType {

		JPEG("image/jpeg", "jpeg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

		final String mediaType;

		private final String readerFormat;

		SourceType(String mediaType, String readerFormat) {
			this.mediaType = mediaType;
			this.readerFormat = readerFormat;
		}

		static SourceType ofMediaType(String mediaType) {
			for (SourceType type : values()) {
				if (type.mediaType.equals(mediaType)) {
					return type;
				}
			}
			throw new IllegalArgumentException(mediaType);
		}

		/**
		 * The rendition format that keeps what this type can hold (PNG: transparency).
		 */
		ImageFormat defaultFormat() {
			return (this == PNG) ? ImageFormat.PNG : ImageFormat.JPEG;
		}

	}

	/** What the first bytes of a file say it is; SVG and everything else are refused. */
	static SourceType sniff(byte[] head) {
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return SourceType.JPEG;
		}
		if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
				&& head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
			return SourceType.PNG;
		}
		if (head.length >= 12 && ascii(head, 0, 4).equals("RIFF") && ascii(head, 8, 4).equals("WEBP")) {
			return SourceType.WEBP;
		}
		String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (text.contains("<svg") || (text.stripLeading().startsWith("<?xml") && text.contains("svg"))) {
			throw ImageRefusal.SVG.exception("SVG images are refused: they can carry script. Upload JPEG, PNG or WebP");
		}
		throw ImageRefusal.NOT_AN_IMAGE.exception("The file is not a JPEG, PNG or WebP image");
	}

	private static String ascii(byte[] bytes, int from, int length) {
		return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
	}

	/**
	 * A decoded image, orientation applied: {@code image} is subsampled, {@code width}
	 * and {@code height} are the full size as shown.
	 */
	record Decoded(BufferedImage image, int width, int height) {
	}

	/**
	 * Decodes a file of the given type. {@code subsampling} gets the full size as shown
	 * (width, height) and says by how much to subsample both axes.
	 */
	static Decoded decode(InputStream input, SourceType type, long maxPixels, IntBinaryOperator subsampling) {
		ImageReader reader = reader(type);
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
		try (ImageInputStream stream = ImageIO.createImageInputStream(input)) {
			reader.setInput(stream, true, false);
			int storedWidth = reader.getWidth(0);
			int storedHeight = reader.getHeight(0);
			if (storedWidth <= 0 || storedHeight <= 0) {
				throw damaged();
			}
			if ((long) storedWidth * storedHeight > maxPixels || storedWidth > MAX_SIDE || storedHeight > MAX_SIDE) {
				throw ImageRefusal.TOO_MANY_PIXELS.exception("The image is " + storedWidth + " × " + storedHeight
						+ " pixels; at most " + maxPixels + " pixels and " + MAX_SIDE + " per side are accepted");
			}
			Orientation orientation = (type == SourceType.JPEG) ? orientation(reader) : null;
			boolean turned = orientation != null && orientation.ordinal() >= Orientation.LEFT_TOP.ordinal();
			int width = turned ? storedHeight : storedWidth;
			int height = turned ? storedWidth : storedHeight;
			int factor = Math.max(1, subsampling.applyAsInt(width, height));
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(factor, factor, 0, 0);
			BufferedImage image = reader.read(0, param);
			if (warnings.stream().anyMatch(ImageCodec::meansDamaged)) {
				throw damaged();
			}
			if (orientation != null && orientation != Orientation.TOP_LEFT) {
				image = ExifFilterUtils.getFilterForOrientation(orientation).apply(image);
			}
			return new Decoded(image, width, height);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof com.newsroom.contentapi.graphql.ApiException refused) {
				throw refused;
			}
			throw damaged();
		}
		finally {
			reader.dispose();
		}
	}

	private static boolean meansDamaged(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("premature") || text.contains("truncat") || text.contains("corrupt")
				|| text.contains("end of");
	}

	private static RuntimeException damaged() {
		return ImageRefusal.DAMAGED.exception("The image is truncated or damaged: it cannot be decoded");
	}

	private static @Nullable Orientation orientation(ImageReader reader) {
		try {
			return ExifUtils.getExifOrientation(reader, 0);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static ImageReader reader(SourceType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.readerFormat);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + type);
		}
		return readers.next();
	}

	/**
	 * The rendition {@code width} pixels wide (the image's own width at most: nothing is
	 * enlarged), cropped to {@code ratio} around the focal point when a ratio is given.
	 */
	static BufferedImage render(Decoded decoded, int width, @Nullable AspectRatio ratio, Image.FocalPoint focus,
			ImageFormat format) throws IOException {
		BufferedImage source = decoded.image();
		Rectangle region = new Rectangle(0, 0, source.getWidth(), source.getHeight());
		if (ratio != null) {
			region = crop(source.getWidth(), source.getHeight(), ratio, focus);
		}
		double scale = (double) decoded.width() / source.getWidth();
		int outWidth = (int) Math.max(1, Math.min(width, Math.round(region.width * scale)));
		int outHeight = (int) Math.max(1, Math.round((double) outWidth * region.height / region.width));
		if (ratio != null) {
			outHeight = Math.max(1, Math.round((float) outWidth * ratio.height() / ratio.width()));
		}
		BufferedImage flat = (format == ImageFormat.JPEG) ? withoutAlpha(source) : source;
		return Thumbnails.of(flat).sourceRegion(region).forceSize(outWidth, outHeight).asBufferedImage();
	}

	/**
	 * The largest region of the ratio that has the focal point as near its centre as
	 * fits.
	 */
	static Rectangle crop(int width, int height, AspectRatio ratio, Image.FocalPoint focus) {
		int cropWidth = width;
		int cropHeight = (int) Math.round((double) width * ratio.height() / ratio.width());
		if (cropHeight > height) {
			cropHeight = height;
			cropWidth = (int) Math.round((double) height * ratio.width() / ratio.height());
		}
		int x = clamp((int) Math.round(focus.x() * width - cropWidth / 2.0), 0, width - cropWidth);
		int y = clamp((int) Math.round(focus.y() * height - cropHeight / 2.0), 0, height - cropHeight);
		return new Rectangle(x, y, Math.max(1, cropWidth), Math.max(1, cropHeight));
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	/**
	 * Subsampling that leaves at least twice {@code wanted} pixels across {@code side}.
	 */
	static int subsamplingFor(int side, int wanted) {
		return Math.max(1, side / Math.max(1, 2 * wanted));
	}

	static byte[] encode(BufferedImage image, ImageFormat format, float jpegQuality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName((format == ImageFormat.JPEG) ? "jpeg" : "png").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == ImageFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(jpegQuality);
				if (param.canWriteProgressive()) {
					param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				}
			}
			BufferedImage pixels = (format == ImageFormat.JPEG) ? withoutAlpha(image) : image;
			writer.write(null, new IIOImage(pixels, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/**
	 * A tiny JPEG of the whole image as a {@code data:} URL; browsers blur it when
	 * stretched.
	 */
	static String placeholder(Decoded decoded) throws IOException {
		BufferedImage image = decoded.image();
		int width = (image.getWidth() >= image.getHeight()) ? PLACEHOLDER_SIDE
				: Math.max(1, PLACEHOLDER_SIDE * image.getWidth() / image.getHeight());
		int height = Math.max(1, (int) Math.round((double) width * image.getHeight() / image.getWidth()));
		BufferedImage tiny = Thumbnails.of(withoutAlpha(image)).forceSize(width, height).asBufferedImage();
		return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(encode(tiny, ImageFormat.JPEG, 0.6f));
	}

	/** JPEG has no transparency: transparent pixels become white, not black. */
	private static BufferedImage withoutAlpha(BufferedImage image) {
		if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
			return image;
		}
		BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = flat.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return flat;
	}

}
