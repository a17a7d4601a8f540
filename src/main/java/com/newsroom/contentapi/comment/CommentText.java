package com.newsroom.contentapi.comment;

import java.util.EnumSet;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Comment bodies are plain text: HTML typed by a reader is escaped, never interpreted. For display, blank lines
 * make paragraphs, single newlines line breaks, and URLs become links marked {@code rel="nofollow ugc"} (so
 * search engines give spammers nothing). Link detection is autolink-java's, the library CommonMark uses.
 */
final class CommentText {

	private static final LinkExtractor LINKS = LinkExtractor.builder()
		.linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
		.build();

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private CommentText() {
	}

	static String toHtml(String body) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : PARAGRAPH_BREAK.split(body.strip().replace("\r\n", "\n"))) {
			if (paragraph.isBlank()) {
				continue;
			}
			html.append("<p>");
			String[] lines = paragraph.strip().split("\n");
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					html.append("<br>");
				}
				appendLinked(html, lines[i]);
			}
			html.append("</p>");
		}
		return html.toString();
	}

	private static void appendLinked(StringBuilder html, String text) {
		int position = 0;
		for (LinkSpan link : LINKS.extractLinks(text)) {
			html.append(Entities.escape(text.substring(position, link.getBeginIndex())));
			String url = text.substring(link.getBeginIndex(), link.getEndIndex());
			String href = (link.getType() == LinkType.WWW) ? "https://" + url : url;
			html.append("<a href=\"")
				.append(Entities.escape(href))
				.append("\" rel=\"nofollow ugc\">")
				.append(Entities.escape(url))
				.append("</a>");
			position = link.getEndIndex();
		}
		html.append(Entities.escape(text.substring(position)));
	}

	/** The URLs in a text, for the links signal and the blocked-domain check. */
	static java.util.List<String> links(String text) {
		java.util.List<String> urls = new java.util.ArrayList<>();
		for (LinkSpan link : LINKS.extractLinks(text)) {
			urls.add(text.substring(link.getBeginIndex(), link.getEndIndex()));
		}
		return urls;
	}

}
