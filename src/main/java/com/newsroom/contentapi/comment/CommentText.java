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
 * Comment bodies are plain text: HTML typed by a reader is escaped, never interpreted.
 * For display, blank lines make paragraphs, single newlines line breaks, and web
 * addresses become links marked {@code rel="nofollow ugc"} (so search engines give
 * spammers nothing). Link detection is autolink-java's, the library CommonMark uses; it
 * finds any {@code scheme://}, so only {@code http}, {@code https} and {@code www.}
 * addresses are linked and anything else ({@code javascript://}, {@code data://}, …)
 * stays text. The HTML is built as a jsoup tree (jsoup escapes text and attributes) and
 * then goes through the allow-list of article bodies, so that no mistake here can put a
 * script or a script link in front of readers.
 * <p>
 * Unicode's invisible formatting characters can make text read differently from what it
 * is: a right-to-left override ({@code U+202E}) followed by {@code gnp.exe} shows as
 * {@code exe.png}, and a name made with them can pass for someone else's. Author names
 * lose every invisible format character (general category Cf: directional marks,
 * embeddings, overrides and isolates, the Arabic letter mark, zero-width spaces…) except
 * the zero-width joiner and non-joiner, which Persian, Indic scripts and emoji need.
 * Bodies lose the embeddings, overrides and isolates, which reorder what follows them;
 * they keep the left-to-right and right-to-left marks that mixed Arabic and French text
 * legitimately uses, and web addresses lose every invisible character, so a link's text
 * is its target.
 * <p>
 * {@link #RENDER_VERSION} is stored with each comment: raise it whenever the output
 * changes for safety, and {@link CommentRerendering} brings older comments up to date.
 */
final class CommentText {

	/**
	 * 1: every {@code scheme://} linked, no allow-list (absent on comments stored then);
	 * 2: web links, sanitised; 3: invisible formatting removed from names, bodies and
	 * links.
	 */
	static final int RENDER_VERSION = 3;

	private static final LinkExtractor LINKS = LinkExtractor.builder()
		.linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
		.build();

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	/** Embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
	private static final Pattern DIRECTIONAL_FORMATTING = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

	private static final Pattern INVISIBLE_FORMATTING = Pattern.compile("\\p{Cf}");

	private static final Pattern INVISIBLE_FORMATTING_BUT_JOINERS = Pattern.compile("[\\p{Cf}&&[^\\u200C\\u200D]]");

	private static final HtmlSanitizer SANITIZER = HtmlSanitizer.withLinkRel("nofollow ugc").compact();

	private CommentText() {
	}

	/**
	 * A body as stored: without embeddings, overrides and isolates, and without
	 * surrounding white space.
	 */
	static String body(String written) {
		return DIRECTIONAL_FORMATTING.matcher(written).replaceAll("").strip();
	}

	/** An author name as stored and shown: without invisible formatting; may be empty. */
	static String authorName(String written) {
		return INVISIBLE_FORMATTING_BUT_JOINERS.matcher(written).replaceAll("").strip();
	}

	static String toHtml(String body) {
		Document document = Document.createShell("");
		document.outputSettings().prettyPrint(false);
		Element root = document.body();
		for (String paragraph : PARAGRAPH_BREAK.split(body(body).replace("\r\n", "\n"))) {
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
			String url = INVISIBLE_FORMATTING.matcher(text.substring(link.getBeginIndex(), link.getEndIndex()))
				.replaceAll("");
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

	/**
	 * The {@code href} of a detected address, or null when it is not an http(s) address.
	 */
	private static String webAddress(LinkType type, String url) {
		if (type == LinkType.WWW) {
			return "https://" + url;
		}
		int colon = url.indexOf("://");
		String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
		return (scheme.equals("http") || scheme.equals("https")) ? scheme + url.substring(colon) : null;
	}

	/**
	 * Every address in a text, whatever its scheme, for the links signal, the
	 * blocked-domain check and auto-approval (an address that is not linked still invites
	 * readers to copy it).
	 */
	static List<String> links(String text) {
		List<String> urls = new ArrayList<>();
		for (LinkSpan link : LINKS.extractLinks(text)) {
			urls.add(text.substring(link.getBeginIndex(), link.getEndIndex()));
		}
		return urls;
	}

}
