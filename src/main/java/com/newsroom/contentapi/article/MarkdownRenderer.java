package com.newsroom.contentapi.article;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import com.newsroom.contentapi.text.HtmlSanitizer;

import org.springframework.stereotype.Component;

/**
 * Renders an article body from Markdown (CommonMark) to HTML that is safe to embed, and to plain text. Raw HTML
 * in the Markdown is allowed through CommonMark and then cleaned by the service's allow-list
 * ({@link HtmlSanitizer}, shared with comments), which drops scripts, event handlers and {@code javascript:} URLs;
 * links get {@code rel="noopener"}.
 */
@Component
class MarkdownRenderer {

	private static final int EXCERPT_LENGTH = 240;

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer html = HtmlRenderer.builder().build();

	private final TextContentRenderer text = TextContentRenderer.builder().build();

	private final HtmlSanitizer sanitizer = HtmlSanitizer.withLinkRel("noopener");

	Rendered render(String markdown) {
		Node document = this.parser.parse(markdown);
		String safeHtml = this.sanitizer.clean(this.html.render(document));
		return new Rendered(safeHtml, this.text.render(document).strip());
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
