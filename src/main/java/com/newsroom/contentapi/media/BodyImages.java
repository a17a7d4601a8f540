package com.newsroom.contentapi.media;

import java.util.Collection;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleChain;

import org.springframework.stereotype.Component;

/**
 * Images in an article body, written {@code ![alt](image:<id>)} in the Markdown. The
 * renderer turns each reference into an {@code <img>} whose address is a placeholder
 * ({@link #placeholder}) that the sanitiser lets through; once the HTML is sanitised,
 * {@link #resolve} gives each one its rendition, {@code srcset}, {@code sizes},
 * {@code width} and {@code height} (so the page does not jump while it loads) and, when
 * the Markdown gave no alt text, the image's own in the body's locale. These attributes
 * are added after sanitising, from the image's record: a body's own HTML cannot set them.
 * They are rendered when the translation is saved, like the rest of the body.
 */
@Component
public class BodyImages {

	/** The Markdown scheme of an image reference. */
	public static final String SCHEME = "image:";

	/** A reserved domain ({@code .invalid} never resolves) that marks a reference. */
	private static final String PLACEHOLDER = "https://image.invalid/";

	private final ImageService images;

	private final ImageUrls urls;

	BodyImages(ImageService images, ImageUrls urls) {
		this.images = images;
		this.urls = urls;
	}

	/** The address a reference is rendered with until {@link #resolve} replaces it. */
	public static String placeholder(String imageId) {
		return PLACEHOLDER + imageId;
	}

	/**
	 * The images referenced, which must all exist; an unknown id is the editor's mistake.
	 */
	public void requireExisting(Collection<String> ids, String field) {
		Map<String, Image> found = this.images.findAllById(ids);
		for (String id : ids) {
			if (!found.containsKey(id)) {
				throw ApiException.badInput(field, "no image with id '" + id + "' (written ![](" + SCHEME + id + "))");
			}
		}
	}

	/** Sanitised body HTML with its image references completed. */
	public String resolve(String safeHtml, LocaleChain chain) {
		if (!safeHtml.contains(PLACEHOLDER)) {
			return safeHtml;
		}
		Document document = Jsoup.parseBodyFragment(safeHtml);
		var references = document.select("img[src^=" + PLACEHOLDER + "]");
		Map<String, Image> found = this.images
			.findAllById(references.stream().map(img -> img.attr("src").substring(PLACEHOLDER.length())).toList());
		for (Element img : references) {
			Image image = found.get(img.attr("src").substring(PLACEHOLDER.length()));
			if (image == null) {
				img.remove();
				continue;
			}
			int shown = this.urls.configuredWidth(image, null);
			String alt = img.attr("alt").isBlank() ? ImageView.served(image.alts(), chain) : img.attr("alt");
			img.attr("src", this.urls.url(image, shown, null, null));
			img.attr("srcset", this.urls.srcset(image, null, null, null));
			img.attr("sizes", "(max-width: " + Math.min(shown, image.width()) + "px) 100vw, "
					+ Math.min(shown, image.width()) + "px");
			img.attr("width", Integer.toString(image.width()));
			img.attr("height", Integer.toString(image.height()));
			img.attr("alt", (alt != null) ? alt : "");
			img.attr("loading", "lazy");
			img.attr("decoding", "async");
		}
		return document.body().html();
	}

}
