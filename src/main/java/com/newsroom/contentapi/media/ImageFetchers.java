package com.newsroom.contentapi.media;

import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.newsroom.contentapi.locale.LocaleChain;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * How a field that shows one image of its parent ({@code Article.featuredImage},
 * {@code Author.photo}, {@code Site.logo}) gets it: an image in memory
 * ({@link ImageService}'s cache) is served at once; the others of a response are read
 * together, in one query, through the {@code images} data loader, which such a field's
 * controller method takes as a parameter named {@code images}.
 */
@Component
public class ImageFetchers {

	/** The name of the data loader of images by id. */
	public static final String LOADER = "images";

	private final ImageService images;

	ImageFetchers(ImageService images, BatchLoaderRegistry loaders) {
		this.images = images;
		loaders.<String, Image>forName(LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> images.findAllById(ids)));
	}

	/** The image with this id (none for null) as seen through {@code chain}. */
	public CompletableFuture<@Nullable ImageView> image(@Nullable String imageId, LocaleChain chain,
			DataLoader<String, Image> loader) {
		if (imageId == null) {
			return CompletableFuture.completedFuture(null);
		}
		Image cached = this.images.cached(imageId);
		if (cached != null) {
			return CompletableFuture.completedFuture(ImageView.of(cached, chain));
		}
		return loader.load(imageId).thenApply(found -> (found != null) ? ImageView.of(found, chain) : null);
	}

}
