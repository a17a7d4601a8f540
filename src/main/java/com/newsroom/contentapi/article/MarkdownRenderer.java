package com.newsroom.contentapi.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.media.BodyImages;
import com.newsroom.contentapi.text.HtmlSanitizer;

import org.springframework.stereotype.Component;

/**
 * Renders an article body from Markdown (CommonMark) to HTML that is safe to embed, and
 * to plain text. Raw HTML in the Markdown is allowed through CommonMark and then cleaned
 * by the service's allow-list ({@link HtmlSanitizer}, shared with comments), which drops
 * scripts, event handlers and {@code javascript:} URLs; links get {@code rel="noopener"}.
 * Images referenced by id ({@code ![alt](image:<id>)}) are completed by
 * {@link BodyImages}.
 */
@Component
class MarkdownRenderer {

	private static final int EXCERPT_LENGTH = 240;

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer html = HtmlRenderer.builder().build();

	private final TextContentRenderer text = TextContentRenderer.builder().build();

	private final HtmlSanitizer sanitizer = HtmlSanitizer.withLinkRel("noopener");

	private final BodyImages bodyImages;

	private final LocaleCatalog locales;

	/**
	 * The sanitiser checks every link and image address, about 40 µs each: a 480 KB body
	 * made of 80,000 links took 4 s of CPU to write. News bodies have tens of links; more
	 * than {@link #MAX_LINKS} is refused before the sanitiser runs, which bounds a
	 * write's rendering to well under a second.
	 */
	static final int MAX_LINKS = 2_000;

	MarkdownRenderer(BodyImages bodyImages, LocaleCatalog locales) {
		this.bodyImages = bodyImages;
		this.locales = locales;
	}

	/**
	 * The body of a translation in {@code locale}: images it references
	 * ({@code ![](image:<id>)}) must exist and get the alt text of that locale's chain.
	 */
	Rendered render(String markdown, String locale) {
		Node document = this.parser.parse(markdown);
		Set<String> imageIds = referenceImages(document);
		this.bodyImages.requireExisting(imageIds, "body");
		String html = this.html.render(document);
		int links = countLinks(html);
		if (links > MAX_LINKS) {
			throw ApiException.badInput("body",
					"A body may have at most " + MAX_LINKS + " links and images; this one has " + links);
		}
		String safeHtml = this.sanitizer.clean(html);
		if (!imageIds.isEmpty()) {
			safeHtml = this.bodyImages.resolve(safeHtml,
					this.locales.chain(List.of(java.util.Locale.forLanguageTag(locale))));
		}
		return new Rendered(safeHtml, this.text.render(document).strip());
	}

	/** Points each image reference at its placeholder address, and gives the ids. */
	private static Set<String> referenceImages(Node document) {
		Set<String> ids = new LinkedHashSet<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Image image) {
				String destination = image.getDestination();
				if (destination != null && destination.startsWith(BodyImages.SCHEME)) {
					String id = destination.substring(BodyImages.SCHEME.length()).strip();
					ids.add(id);
					image.setDestination(BodyImages.placeholder(id));
				}
				visitChildren(image);
			}
		});
		return ids;
	}

	/**
	 * {@code <a} and {@code <img} tags, rendered or written as raw HTML, in any letter
	 * case.
	 */
	static int countLinks(String html) {
		int count = 0;
		for (int i = html.indexOf('<'); i >= 0 && i < html.length() - 2; i = html.indexOf('<', i + 1)) {
			char first = Character.toLowerCase(html.charAt(i + 1));
			if ((first == 'a' && isTagEnd(html, i + 2))
					|| (first == 'i' && html.regionMatches(true, i + 1, "img", 0, 3) && isTagEnd(html, i + 4))) {
				count++;
			}
		}
		return count;
	}

	private static boolean isTagEnd(String html, int at) {
		return at >= html.length() || Character.isWhitespace(html.charAt(at)) || html.charAt(at) == '>'
				|| html.charAt(at) == '/';
	}

	/** A short excerpt from plain text, cut at a word boundary. */
	static String excerptOf(String plainText) {
		String flat = plainText.replaceAll("\\s+", " ").strip();
		if (flat.length() <= EXCERPT_LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
		return flat.substring(0, (cut > EXCERPT_LENGTH / 2) ? cut : EXCERPT_LENGTH) + "…";
	}

	record Rendered(String html, String text) {
	}

}
