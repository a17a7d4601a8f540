package com.newsroom.contentapi.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.ArticleReader;
import com.newsroom.contentapi.article.ArticleReader.ArticleFilter;
import com.newsroom.contentapi.article.ArticleReader.ListedFields;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.site.SiteService;
import com.newsroom.contentapi.site.SiteView;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.stereotype.Service;

/**
 * Builds feeds with ROME from the readers' list of articles (so drafts, future schedules
 * and unpublished translations never appear): the newest {@code contentapi.feeds.size}
 * articles published in the feed's locale, each with its title, its page
 * ({@link Permalinks}), its excerpt, its full HTML body when asked, its authors, its tags
 * as categories and its featured image as an enclosure. A feed is kept in memory until a
 * change touches what it shows (its articles, any article list, tags, authors, sections,
 * images or the site's settings). {@link FeedWriter} writes it.
 */
@Service
class Feeds {

	private static final Set<String> TOUCHING_PREFIXES = Set.of("article", "tag", "author", "section", "image",
			"site:");

	private final ArticleReader articles;

	private final TagService tags;

	private final SectionService sections;

	private final Permalinks permalinks;

	private final SiteService site;

	private final FeedProperties properties;

	private final Cache<FeedRequest, Feed> built = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final FeedWriter writer;

	Feeds(ArticleReader articles, TagService tags, SectionService sections, Permalinks permalinks, SiteService site,
			FeedProperties properties, FeedWriter writer) {
		this.articles = articles;
		this.tags = tags;
		this.sections = sections;
		this.permalinks = permalinks;
		this.site = site;
		this.properties = properties;
		this.writer = writer;
	}

	/** What a feed is of: a locale, optionally a section (with subsections) or a tag. */
	record FeedRequest(String locale, FeedFormat format, @Nullable String sectionSlug, @Nullable String tagSlug,
			boolean full) {
	}

	enum FeedFormat {

		RSS("rss_2.0", "application/rss+xml"), ATOM("atom_1.0", "application/atom+xml");

		final String romeType;

		final String mediaType;

		FeedFormat(String romeType, String mediaType) {
			this.romeType = romeType;
			this.mediaType = mediaType;
		}

	}

	/**
	 * A written feed: its bytes, strong ETag, the time of its newest change, its
	 * surrogate keys.
	 */
	record Feed(byte[] bytes, String etag, @Nullable Instant lastModified, Set<String> surrogateKeys) {
	}

	/** The feed, or null when its section or tag does not exist. */
	@Nullable Feed feed(FeedRequest request) {
		Feed cached = this.built.getIfPresent(request);
		if (cached != null) {
			return cached;
		}
		Feed feed = build(request);
		if (feed != null) {
			this.built.put(request, feed);
		}
		return feed;
	}

	private @Nullable Feed build(FeedRequest request) {
		LocaleChain chain = new LocaleChain(Locale.forLanguageTag(request.locale()), List.of(request.locale()));
		String title;
		String link;
		Set<String> sectionIds = null;
		String tagId = null;
		SiteView siteView = new SiteView(this.site.settings(), chain, this.permalinks.baseUrl());
		if (request.sectionSlug() != null) {
			var tree = this.sections.tree();
			Section section = tree.bySlug(request.sectionSlug());
			if (section == null) {
				return null;
			}
			sectionIds = tree.withDescendants(section.id());
			title = siteView.name() + " — "
					+ com.newsroom.contentapi.section.SectionView.of(section, chain, tree).name();
			link = this.permalinks.section(request.locale(), section.slug(), section.id());
		}
		else if (request.tagSlug() != null) {
			Tag tag = this.tags.findBySlug(request.tagSlug()).orElse(null);
			if (tag == null) {
				return null;
			}
			tagId = tag.id();
			title = siteView.name() + " — " + TagView.of(tag, chain).name();
			link = this.permalinks.tag(request.locale(), tag.slug(), tag.id());
		}
		else {
			title = siteView.name();
			link = this.permalinks.baseUrl().isEmpty() ? "/" + request.locale() : this.permalinks.baseUrl() + "/";
		}
		List<ArticleView> items = this.articles
			.list(new ArticleFilter(null, tagId, null, sectionIds, null), chain, ScrollPosition.keyset(),
					this.properties.size(), Caller.ANONYMOUS, new ListedFields(request.full(), false, false))
			.window()
			.getContent();
		String publisher = (siteView.publisherName() != null) ? siteView.publisherName() : siteView.name();
		return this.writer.write(request, chain, title.isBlank() ? request.locale() : title, link, siteView.tagline(),
				publisher.isBlank() ? request.locale() : publisher, items);
	}

	/**
	 * A change to what feeds show drops them all (they are few and cheap to write again).
	 */
	@EventListener
	void onContentChanged(ContentChangedEvent event) {
		if (event.all() || touchesFeeds(event.keys())) {
			this.built.invalidateAll();
		}
	}

	private static boolean touchesFeeds(Collection<String> keys) {
		for (String key : keys) {
			for (String prefix : TOUCHING_PREFIXES) {
				if (key.startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

}
