package com.newsroom.contentapi.article;

import graphql.TrivialDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import com.newsroom.contentapi.media.ImageFetchers;
import com.newsroom.contentapi.section.Section;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.section.SectionTree;
import com.newsroom.contentapi.section.SectionView;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Article.section} and {@code Article.featuredImage}, wired as plain data fetchers
 * because every headline shows them: the section comes from the section tree in memory;
 * the featured image from the image cache, or with the page's other missing images in one
 * query ({@link ImageFetchers}). Neither needs an annotated method's invocation or a data
 * loader's round trip when the answer is in memory.
 */
@Component
class ArticleRelationFetchers implements RuntimeWiringConfigurer {

	private final SectionService sections;

	private final ImageFetchers images;

	ArticleRelationFetchers(SectionService sections, ImageFetchers images) {
		this.sections = sections;
		this.images = images;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Article", type -> type.dataFetcher("section", (TrivialDataFetcher<SectionView>) environment -> {
			ArticleView view = environment.getSource();
			String sectionId = view.article().getSectionId();
			if (sectionId == null) {
				return null;
			}
			SectionTree tree = this.sections.tree();
			Section found = tree.byId(sectionId);
			return (found != null) ? SectionView.of(found, view.chain(), tree) : null;
		})
			.dataFetcher("featuredImage", this.images.imageOf(ArticleView.class,
					view -> view.article().getFeaturedImageId(), ArticleView::chain)));
	}

}
