package com.newsroom.contentapi.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.media.Image;
import com.newsroom.contentapi.media.ImageFetchers;
import com.newsroom.contentapi.media.ImageView;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.section.SectionView;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What an article leads to besides its text: its section (from the section tree in
 * memory), its featured image (from the image cache, or with the response's other missing
 * images in one query, {@link ImageFetchers}) and its addresses on the front-end
 * ({@link ArticleUrls}): {@code url}, hreflang {@code alternates} and each translation's
 * {@code url}.
 */
@Controller
class ArticleLinksController {

	private final SectionService sections;

	private final ImageFetchers images;

	private final ArticleUrls urls;

	private final LocaleCatalog locales;

	ArticleLinksController(SectionService sections, ImageFetchers images, ArticleUrls urls, LocaleCatalog locales) {
		this.sections = sections;
		this.images = images;
		this.urls = urls;
		this.locales = locales;
	}

	@SchemaMapping(typeName = "Article")
	@Nullable SectionView section(ArticleView view) {
		String sectionId = view.article().getSectionId();
		if (sectionId == null) {
			return null;
		}
		SectionTree tree = this.sections.tree();
		Section found = tree.byId(sectionId);
		return (found != null) ? SectionView.of(found, view.chain(), tree) : null;
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<@Nullable ImageView> featuredImage(ArticleView view, DataLoader<String, Image> images) {
		return this.images.image(view.article().getFeaturedImageId(), view.chain(), images);
	}

	@SchemaMapping(typeName = "Article")
	String url(ArticleView view) {
		return url(view.article(), view.served().locale(), view.served().slug());
	}

	@SchemaMapping(typeName = "TranslationLink")
	String url(ArticleView.TranslationLink link) {
		return url(link.article(), link.locale(), link.slug());
	}

	/** An hreflang alternate: a locale tag, or {@code x-default}, and its address. */
	record Alternate(String hreflang, String url) {
	}

	/**
	 * One alternate per published translation, and {@code x-default}: the default
	 * locale's translation, else the original.
	 */
	@SchemaMapping(typeName = "Article")
	List<Alternate> alternates(ArticleView view) {
		Article article = view.article();
		List<Alternate> alternates = new ArrayList<>();
		article.getTranslations()
			.values()
			.stream()
			.filter(translation -> !translation.draft())
			.forEach(translation -> alternates
				.add(new Alternate(translation.locale(), url(article, translation.locale(), translation.slug()))));
		String fallback = this.locales.defaultChain().pick(article.getTranslations().keySet());
		Translation xDefault = (fallback != null) ? article.getTranslations().get(fallback) : article.original();
		if (xDefault != null) {
			alternates.add(new Alternate("x-default", url(article, xDefault.locale(), xDefault.slug())));
		}
		return alternates;
	}

	private String url(Article article, String locale, String slug) {
		return this.urls.of(article, locale, slug);
	}

}
