package com.newsroom.contentapi.jsonld;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleUrls;
import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.article.Correction;
import com.newsroom.contentapi.author.Author;
import com.newsroom.contentapi.author.AuthorService;
import com.newsroom.contentapi.author.AuthorView;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.media.Image;
import com.newsroom.contentapi.media.ImageService;
import com.newsroom.contentapi.media.ImageUrls;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.section.SectionView;
import com.newsroom.contentapi.site.SiteService;
import com.newsroom.contentapi.site.SiteSettings;
import com.newsroom.contentapi.site.SiteView;
import com.newsroom.contentapi.tag.Tag;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Article.structuredData}: a schema.org {@code NewsArticle} for the translation
 * served (headline, description, language, dates with their offset, authors as
 * {@code Person} with their pages, the publisher as {@code Organization} with its logo,
 * the featured image's renditions, section, tags as keywords, corrections as
 * {@code CorrectionComment}); the authors, tags and images of a page of articles are read
 * in one call each. {@code Site.structuredData}: the {@code Organization} and the
 * {@code WebSite} with its {@code SearchAction}. For search engines to use them, the
 * front-end's base URL and the image URL prefix must be configured (absolute addresses).
 */
@Controller
class StructuredDataController {

	private static final String CONTEXT = "https://schema.org";

	private static final List<String> CROPS = List.of("16:9", "4:3", "1:1");

	private final AuthorService authors;

	private final TagService tags;

	private final SectionService sections;

	private final ImageService images;

	private final ImageUrls imageUrls;

	private final Permalinks permalinks;

	private final ArticleUrls articleUrls;

	private final SiteService site;

	private final ZoneId timeZone;

	StructuredDataController(AuthorService authors, TagService tags, SectionService sections, ImageService images,
			ImageUrls imageUrls, Permalinks permalinks, ArticleUrls articleUrls, SiteService site,
			LocaleCatalog locales) {
		this.articleUrls = articleUrls;
		this.authors = authors;
		this.tags = tags;
		this.sections = sections;
		this.images = images;
		this.imageUrls = imageUrls;
		this.permalinks = permalinks;
		this.site = site;
		this.timeZone = locales.timeZone();
	}

	@BatchMapping(typeName = "Article")
	Map<ArticleView, Map<String, Object>> structuredData(List<ArticleView> views) {
		Map<String, Author> authorsById = this.authors.findAllById(ids(views, Article::getAuthorIds));
		Map<String, Tag> tagsById = this.tags.findAllById(ids(views, Article::getTagIds));
		SiteSettings settings = this.site.settings();
		Set<String> imageIds = views.stream()
			.map(view -> view.article().getFeaturedImageId())
			.filter(Objects::nonNull)
			.collect(Collectors.toCollection(java.util.HashSet::new));
		if (settings.logoImageId() != null) {
			imageIds.add(settings.logoImageId());
		}
		Map<String, Image> imagesById = this.images.findAllById(imageIds);
		SectionTree tree = this.sections.tree();
		Map<ArticleView, Map<String, Object>> result = new LinkedHashMap<>();
		for (ArticleView view : views) {
			result.put(view, newsArticle(view, authorsById, tagsById, imagesById, tree, settings));
		}
		return result;
	}

	private Map<String, Object> newsArticle(ArticleView view, Map<String, Author> authorsById,
			Map<String, Tag> tagsById, Map<String, Image> imagesById, SectionTree tree, SiteSettings settings) {
		Article article = view.article();
		String locale = view.served().locale();
		LocaleChain chain = view.chain();
		String sectionId = article.getSectionId();
		Section section = (sectionId != null) ? tree.byId(sectionId) : null;
		String url = this.articleUrls.of(article, locale, view.served().slug());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("@context", CONTEXT);
		json.put("@type", "NewsArticle");
		json.put("headline", view.title());
		json.put("description", view.excerpt());
		json.put("inLanguage", locale);
		json.put("url", url);
		json.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", url));
		if (article.getPublishedAt() != null) {
			json.put("datePublished", date(article.getPublishedAt()));
			json.put("dateModified", date(view.dateModified()));
		}
		List<Map<String, Object>> people = new ArrayList<>();
		for (String authorId : article.getAuthorIds()) {
			Author author = authorsById.get(authorId);
			if (author != null) {
				AuthorView shown = AuthorView.of(author, chain);
				people.add(Map.of("@type", "Person", "name", shown.name(), "url",
						this.permalinks.author(shown.locale(), author.slug(), author.id())));
			}
		}
		json.put("author", people);
		json.put("publisher", organization(settings, chain, imagesById));
		Image image = (article.getFeaturedImageId() != null) ? imagesById.get(article.getFeaturedImageId()) : null;
		if (image != null) {
			List<String> urls = new ArrayList<>();
			for (String crop : CROPS) {
				if (this.imageUrls.offersRatio(crop)) {
					urls.add(this.imageUrls.url(image, 1280, null, crop));
				}
			}
			urls.add(this.imageUrls.url(image, 1280, null, null));
			json.put("image", urls);
		}
		if (section != null) {
			json.put("articleSection", SectionView.of(section, chain, tree).name());
		}
		List<String> keywords = article.getTagIds()
			.stream()
			.map(tagsById::get)
			.filter(Objects::nonNull)
			.map(tag -> TagView.of(tag, chain).name())
			.toList();
		if (!keywords.isEmpty()) {
			json.put("keywords", keywords);
		}
		json.put("isAccessibleForFree", true);
		List<Map<String, Object>> corrections = article.getCorrections()
			.stream()
			.filter(correction -> correction.locale().equals(locale))
			.sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
			.map(this::correction)
			.toList();
		if (!corrections.isEmpty()) {
			json.put("correction", corrections);
		}
		return json;
	}

	private Map<String, Object> correction(Correction correction) {
		return Map.of("@type", "CorrectionComment", "text", correction.text(), "datePublished",
				date(correction.createdAt()));
	}

	private Map<String, Object> organization(SiteSettings settings, LocaleChain chain, Map<String, Image> imagesById) {
		SiteView site = new SiteView(settings, chain, this.permalinks.baseUrl());
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", (site.publisherName() != null) ? site.publisherName() : site.name());
		if (site.baseUrl() != null) {
			organization.put("url", site.baseUrl() + "/");
		}
		Image logo = (settings.logoImageId() != null) ? imagesById.get(settings.logoImageId()) : null;
		if (logo != null) {
			organization.put("logo", Map.of("@type", "ImageObject", "url", this.imageUrls.url(logo, null, null, null),
					"width", logo.width(), "height", logo.height()));
		}
		return organization;
	}

	@SchemaMapping(typeName = "Site")
	Map<String, Object> structuredData(SiteView site) {
		SiteSettings settings = site.settings();
		Map<String, Image> logo = (settings.logoImageId() != null)
				? this.images.findAllById(List.of(settings.logoImageId())) : Map.of();
		Map<String, Object> organization = organization(settings, site.chain(), logo);
		List<String> profiles = settings.socialProfiles().stream().map(SiteSettings.SocialProfile::url).toList();
		if (!profiles.isEmpty()) {
			organization.put("sameAs", profiles);
		}
		String locale = site.chain().tags().get(0);
		Map<String, Object> webSite = new LinkedHashMap<>();
		webSite.put("@type", "WebSite");
		webSite.put("name", site.name());
		webSite.put("inLanguage", locale);
		if (site.baseUrl() != null) {
			webSite.put("url", site.baseUrl() + "/");
		}
		webSite.put("potentialAction",
				Map.of("@type", "SearchAction", "target",
						Map.of("@type", "EntryPoint", "urlTemplate",
								this.permalinks.search(locale, "{search_term_string}")),
						"query-input", "required name=search_term_string"));
		return Map.of("@context", CONTEXT, "@graph", List.of(organization, webSite));
	}

	private String date(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(this.timeZone));
	}

	private static Set<String> ids(Collection<ArticleView> views, Function<Article, List<String>> idsOf) {
		return views.stream().flatMap(view -> idsOf.apply(view.article()).stream()).collect(Collectors.toSet());
	}

}
