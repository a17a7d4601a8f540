package com.newsroom.contentapi.comment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

import com.newsroom.contentapi.text.HtmlSanitizer;

/**
 * Comment bodies are plain text: HTML typed by a reader is escaped, never interpreted. For display, blank lines
 * make paragraphs, single newlines line breaks, and web addresses become links marked {@code rel="nofollow ugc"}
 * (so search engines give spammers nothing). Link detection is autolink-java's, the library CommonMark uses; it
 * finds any {@code scheme://}, so only {@code http}, {@code https} and {@code www.} addresses are linked and
 * anything else ({@code javascript://}, {@code data://}, …) stays text. The HTML is built as a jsoup tree (jsoup
 * escapes text and attributes) and then goes through the allow-list of article bodies, so that no mistake here can
 * put a script or a script link in front of readers.
 * <p>
 * {@link #RENDER_VERSION} is stored with each comment: raise it whenever the output changes for safety, and
 * {@link CommentRerendering} brings older comments up to date.
 */
final class CommentText {

	/** 1: every {@code scheme://} linked, no allow-list (absent on comments stored then); 2: web links, sanitised. */
	static final int RENDER_VERSION = 2;

	private static final LinkExtractor LINKS = LinkExtractor.builder()
		.linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
		.build();

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final HtmlSanitizer SANITIZER = HtmlSanitizer.withLinkRel("nofollow ugc").compact();

	private CommentText() {
	}

	static String toHtml(String body) {
		Document document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		Element root = document.body();
		for (String paragraph : PARAGRAPH_BREAK.split(body.strip().replace("\r\n", "\n"))) {
			if (paragraph.isBlank()) {
				continue;
			}
			Element p = root.appendElement("p");
			String[] lines = paragraph.strip().split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					p.appendElement("br");
				}
				appendLinked(p, lines[i]);
			}
		}
		return SANITIZER.clean(root.html());
	}

	private static void appendLinked(Element paragraph, String text) {
		int position = 0;
		for (LinkSpan link : LINKS.extractLinks(text)) {
			String url = text.substring(link.getBeginIndex(), link.getEndIndex());
			String href = webAddress(link.getType(), url);
			if (href == null) {
				continue;
			}
			paragraph.appendText(text.substring(position, link.getBeginIndex()));
			paragraph.appendElement("a").attr("href", href).attr("rel", "nofollow ugc").text(url);
			position = link.getEndIndex();
		}
		paragraph.appendText(text.substring(position));
	}

	/** The {@code href} of a detected address, or null when it is not an http(s) address. */
	private static String webAddress(LinkType type, String url) {
		if (type == LinkType.WWW) {
			return "https://" + url;
		}
		int colon = url.indexOf("://");
		String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
		return (scheme.equals("http") || scheme.equals("https")) ? scheme + url.substring(colon) : null;
	}

	/**
	 * Every address in a text, whatever its scheme, for the links signal and the blocked-domain check (an address
	 * that is not linked still invites readers to copy it).
	 */
	static List<String> links(String text) {
		List<String> urls = new ArrayList<>();
		for (LinkSpan link : LINKS.extractLinks(text)) {
			urls.add(text.substring(link.getBeginIndex(), link.getEndIndex()));
		}
		return urls;
	}

}
