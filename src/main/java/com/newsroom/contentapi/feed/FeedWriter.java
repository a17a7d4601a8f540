package com.newsroom.contentapi.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleUrls;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.author.Author;
import com.newsroom.contentapi.author.AuthorService;
import com.newsroom.contentapi.author.AuthorView;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;
import com.newsroom.contentapi.media.Image;
import com.newsroom.contentapi.media.ImageService;
import com.newsroom.contentapi.media.ImageUrls;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;
import com.newsroom.contentapi.text.Digests;

import org.springframework.stereotype.Component;

/**
 * Writes a feed with ROME: one entry per article with its title, page
 * ({@link Permalinks}), excerpt, dates, authors (the publisher for an article without a
 * byline), tags as categories, featured image as an enclosure, and the HTML body when
 * asked; the root element carries {@code xml:lang} (Atom has no other place for it; RSS
 * also has {@code <language>}). Authors, tags and images of all entries are read in one
 * call each.
 */
@Component
class FeedWriter {

	private final AuthorService authors;

	private final TagService tags;

	private final ArticleUrls articleUrls;

	private final ImageService images;

	private final ImageUrls imageUrls;

	private final Permalinks permalinks;

	FeedWriter(AuthorService authors, TagService tags, ArticleUrls articleUrls, ImageService images,
			ImageUrls imageUrls, Permalinks permalinks) {
		this.authors = authors;
		this.tags = tags;
		this.articleUrls = articleUrls;
		this.images = images;
		this.imageUrls = imageUrls;
		this.permalinks = permalinks;
	}

	Feeds.Feed write(Feeds.FeedRequest request, LocaleChain chain, String title, String link,
			@Nullable String description, String publisher, List<ArticleView> items) {
		Map<String, Author> authorsById = this.authors.findAllById(items.stream()
			.flatMap(view -> view.article().getAuthorIds().stream())
			.collect(java.util.stream.Collectors.toSet()));
		Map<String, Tag> tagsById = this.tags.findAllById(items.stream()
			.flatMap(view -> view.article().getTagIds().stream())
			.collect(java.util.stream.Collectors.toSet()));
		Map<String, Image> imagesById = this.images.findAllById(items.stream()
			.map(view -> view.article().getFeaturedImageId())
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet()));
		boolean rtl = TextDirection.of(request.locale()) == TextDirection.RTL;
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(request.format().romeType);
		feed.setTitle(title);
		feed.setLink(link);
		feed.setDescription((description != null) ? description : title);
		feed.setLanguage(request.locale());
		Set<String> keys = new LinkedHashSet<>(List.of("articles", "site:settings"));
		Instant newest = null;
		List<SyndEntry> entries = new ArrayList<>();
		for (ArticleView view : items) {
			Article article = view.article();
			keys.add("article:" + article.getId());
			SyndEntry entry = new SyndEntryImpl();
			entry.setTitle(view.title());
			entry.setLink(this.articleUrls.of(article, request.locale(), view.served().slug()));
			entry.setUri(entry.getLink());
			entry.setPublishedDate(Date.from(view.publishedAt()));
			entry.setUpdatedDate(Date.from(view.dateModified()));
			entry.setDescription(content("text/plain", view.excerpt()));
			if (request.full()) {
				String html = view.body().html();
				entry.setContents(List.of(content("text/html", rtl ? "<div dir=\"rtl\">" + html + "</div>" : html)));
			}
			List<SyndPerson> people = new ArrayList<>();
			for (String authorId : article.getAuthorIds()) {
				Author author = authorsById.get(authorId);
				if (author != null) {
					SyndPerson person = new SyndPersonImpl();
					person.setName(AuthorView.of(author, chain).name());
					person.setUri(this.permalinks.author(request.locale(), author.slug(), author.id()));
					people.add(person);
				}
			}
			if (people.isEmpty()) {
				SyndPerson person = new SyndPersonImpl();
				person.setName(publisher);
				people.add(person);
			}
			entry.setAuthors(people);
			if (!people.isEmpty()) {
				entry.setAuthor(String.join(", ", people.stream().map(SyndPerson::getName).toList()));
			}
			List<SyndCategory> categories = new ArrayList<>();
			for (String tagId : article.getTagIds()) {
				Tag tag = tagsById.get(tagId);
				if (tag != null) {
					SyndCategory category = new SyndCategoryImpl();
					category.setName(TagView.of(tag, chain).name());
					categories.add(category);
				}
			}
			entry.setCategories(categories);
			Image image = (article.getFeaturedImageId() != null) ? imagesById.get(article.getFeaturedImageId()) : null;
			if (image != null) {
				String url = this.imageUrls.url(image, 1280, null, null);
				if (url.startsWith("http")) {
					SyndEnclosure enclosure = new SyndEnclosureImpl();
					enclosure.setUrl(url);
					enclosure.setType(url.endsWith(".png") ? "image/png" : "image/jpeg");
					enclosure.setLength(0);
					entry.setEnclosures(List.of(enclosure));
				}
			}
			entries.add(entry);
			if (newest == null || view.dateModified().isAfter(newest)) {
				newest = view.dateModified();
			}
		}
		feed.setEntries(entries);
		if (newest != null) {
			feed.setPublishedDate(Date.from(newest));
		}
		byte[] bytes;
		try {
			Document document = new WireFeedOutput().outputJDom(feed.createWireFeed());
			document.getRootElement().setAttribute("lang", request.locale(), Namespace.XML_NAMESPACE);
			bytes = new XMLOutputter(Format.getCompactFormat().setEncoding("UTF-8")).outputString(document)
				.getBytes(StandardCharsets.UTF_8);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("ROME could not write the feed", ex);
		}
		String etag = "\"" + HexFormat.of().formatHex(Digests.sha256(bytes)).substring(0, 32) + "\"";
		return new Feeds.Feed(bytes, etag, newest, keys);
	}

	private static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

}
