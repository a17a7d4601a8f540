package com.newsroom.contentapi.author;

import graphql.schema.idl.RuntimeWiring;

import com.newsroom.contentapi.media.ImageFetchers;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Author.photo}: from the image cache, or batched with the response's other
 * missing images.
 */
@Component
class AuthorPhotoFetcher implements RuntimeWiringConfigurer {

	private final ImageFetchers images;

	AuthorPhotoFetcher(ImageFetchers images) {
		this.images = images;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Author", type -> type.dataFetcher("photo",
				this.images.imageOf(AuthorView.class, view -> view.author().photoId(), AuthorView::chain)));
	}

}
