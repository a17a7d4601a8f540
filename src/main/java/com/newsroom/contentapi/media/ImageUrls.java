package com.newsroom.contentapi.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.graphql.ApiException;

import org.springframework.stereotype.Component;

/**
 * The addresses of an image's renditions: {@code <public-url>/images/<id>/<name>}
 * ({@link RenditionSpec}). A requested width is rounded up to the next configured one
 * (the widest for anything wider); a rendition wider than the image is the image's own
 * width, and {@code srcset} says so. A ratio must be one of the configured ones.
 */
@Component
public class ImageUrls {

	private final ImageProperties properties;

	private final Set<String> ratios;

	ImageUrls(ImageProperties properties) {
		this.properties = properties;
		this.ratios = properties.ratios()
			.stream()
			.map(AspectRatio::parse)
			.map(AspectRatio::toString)
			.collect(Collectors.toSet());
	}

	public String url(Image image, @Nullable Integer width, @Nullable ImageFormat format, @Nullable String ratio) {
		return url(image, configuredWidth(image, width), format, ratio(ratio));
	}

	/**
	 * {@code <url> <w>w} for each width (all configured ones when none are given), up to
	 * the image's own width.
	 */
	public String srcset(Image image, @Nullable List<Integer> widths, @Nullable ImageFormat format,
			@Nullable String ratio) {
		AspectRatio crop = ratio(ratio);
		List<Integer> wanted = (widths != null)
				? widths.stream().map(w -> configuredWidth(image, w)).sorted().distinct().toList()
				: this.properties.widths();
		List<String> candidates = new ArrayList<>();
		int croppedWidth = (crop != null)
				? ImageCodec.crop(image.width(), image.height(), crop, image.focalPoint()).width : image.width();
		for (int width : wanted) {
			candidates.add(url(image, width, format, crop) + " " + Math.min(width, croppedWidth) + "w");
			if (width >= croppedWidth) {
				break;
			}
		}
		return String.join(", ", candidates);
	}

	/** The widest configured width up to the image's own, when no width is asked for. */
	int configuredWidth(Image image, @Nullable Integer width) {
		List<Integer> widths = this.properties.widths();
		if (width == null) {
			return widths.stream().filter(w -> w <= image.width()).reduce((a, b) -> b).orElse(widths.get(0));
		}
		if (width <= 0) {
			throw ApiException.badInput("width", "must be positive");
		}
		return widths.stream().filter(w -> w >= width).findFirst().orElse(this.properties.largestWidth());
	}

	private String url(Image image, int width, @Nullable ImageFormat format, @Nullable AspectRatio ratio) {
		ImageFormat served = (format != null) ? format
				: ImageCodec.SourceType.ofMediaType(image.mediaType()).defaultFormat();
		return this.properties.publicUrl() + "/images/" + image.id() + "/"
				+ RenditionSpec.of(width, ratio, image, served).name();
	}

	private @Nullable AspectRatio ratio(@Nullable String ratio) {
		if (ratio == null) {
			return null;
		}
		AspectRatio parsed = AspectRatio.parse(ratio);
		if (!this.ratios.contains(parsed.toString())) {
			throw ApiException.badInput("ratio", "'" + ratio + "' is not one of " + this.properties.ratios());
		}
		return parsed;
	}

	/** Whether renditions may be cropped to this ratio ({@code 16:9}). */
	public boolean offersRatio(String ratio) {
		return this.ratios.contains(AspectRatio.parse(ratio).toString());
	}

	boolean allows(RenditionSpec spec) {
		return this.properties.widths().contains(spec.width())
				&& (spec.ratio() == null || this.ratios.contains(spec.ratio().toString()));
	}

}
