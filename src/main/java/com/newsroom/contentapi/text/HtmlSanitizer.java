package com.newsroom.contentapi.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list that every piece of HTML the service stores for front-ends goes
 * through (article bodies rendered from Markdown, comment bodies rendered from plain
 * text): jsoup's relaxed {@link Safelist} plus {@code dir} and {@code lang} everywhere,
 * which drops scripts, event handlers, styles and links whose scheme is not {@code http},
 * {@code https}, {@code ftp} or {@code mailto} ({@code javascript:}, {@code data:},
 * {@code vbscript:} …). Links get the {@code rel} value of the sanitiser, whatever the
 * input said.
 */
public final class HtmlSanitizer {

	private final String linkRel;

	private final Safelist safelist;

	private final boolean prettyPrint;

	private HtmlSanitizer(String linkRel, boolean prettyPrint) {
		this.linkRel = linkRel;
		this.safelist = Safelist.relaxed()
			.addAttributes("a", "rel")
			.addEnforcedAttribute("a", "rel", linkRel)
			.addAttributes(":all", "dir", "lang");
		this.prettyPrint = prettyPrint;
	}

	/**
	 * A sanitiser whose links all get {@code rel="<linkRel>"}, with jsoup's default
	 * (indented) output.
	 */
	public static HtmlSanitizer withLinkRel(String linkRel) {
		return new HtmlSanitizer(linkRel, true);
	}

	/** The same allow-list, written without added line breaks or indentation. */
	public HtmlSanitizer compact() {
		return new HtmlSanitizer(this.linkRel, false);
	}

	public String clean(String html) {
		if (this.prettyPrint) {
			return Jsoup.clean(html, this.safelist);
		}
		return Jsoup.clean(html, "", this.safelist, new Document.OutputSettings().prettyPrint(false));
	}

}
