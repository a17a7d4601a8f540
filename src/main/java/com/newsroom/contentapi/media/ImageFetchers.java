package com.newsroom.contentapi.media;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import com.newsroom.contentapi.locale.LocaleChain;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

/**
 * The data fetcher of a field that shows one image of its parent
 * ({@code Article.featuredImage}, {@code Author.photo}): an image in memory
 * ({@link ImageService}'s cache) is served at once; the others of a response are read
 * together, in one query, through the {@code images} data loader. Serving cached images
 * without the data loader's round trip matters on the headlines, which show one image per
 * article.
 */
@Component
public class ImageFetchers {

	private static final String LOADER = "images";

	private final ImageService images;

	ImageFetchers(ImageService images, BatchLoaderRegistry loaders) {
		this.images = images;
		loaders.<String, Image>forName(LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> images.findAllById(ids)));
	}

	/**
	 * A fetcher of the image whose id {@code imageIdOf} gives (none for null), seen
	 * through the locale chain {@code chainOf} gives.
	 */
	public <S> DataFetcher<Object> imageOf(Class<S> sourceType, Function<S, @Nullable String> imageIdOf,
			Function<S, LocaleChain> chainOf) {
		return (TrivialDataFetcher<Object>) environment -> fetch(environment, sourceType, imageIdOf, chainOf);
	}

	private <S> @Nullable Object fetch(DataFetchingEnvironment environment, Class<S> sourceType,
			Function<S, @Nullable String> imageIdOf, Function<S, LocaleChain> chainOf) {
		S source = sourceType.cast(environment.getSource());
		String imageId = imageIdOf.apply(source);
		if (imageId == null) {
			return null;
		}
		LocaleChain chain = chainOf.apply(source);
		Image cached = this.images.cached(imageId);
		if (cached != null) {
			return ImageView.of(cached, chain);
		}
		DataLoader<String, Image> loader = environment.getDataLoader(LOADER);
		CompletableFuture<Image> image = loader.load(imageId);
		return image.thenApply(found -> (found != null) ? ImageView.of(found, chain) : null);
	}

}
