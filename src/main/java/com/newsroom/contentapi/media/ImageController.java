package com.newsroom.contentapi.media;

import java.util.Locale;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.media.ImageInputs.UpdateImageInput;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The image query and mutation. {@code Image.url} and {@code Image.srcset} are wired as
 * plain data fetchers ({@link ImageUrlFetchers}).
 */
@Controller
class ImageController {

	private final ImageService images;

	private final LocaleChainResolver localeChains;

	ImageController(ImageService images, LocaleChainResolver localeChains) {
		this.images = images;
		this.localeChains = localeChains;
	}

	@QueryMapping
	@Nullable ImageView image(@Argument String id, @Argument @Nullable Locale locale, GraphQLContext context) {
		return this.images.findById(id)
			.map(image -> ImageView.of(image, this.localeChains.resolve(locale, context)))
			.orElse(null);
	}

	@MutationMapping
	@EditorsOnly
	ImageView updateImage(@Argument String id, @Argument @Valid UpdateImageInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return ImageView.of(this.images.update(id, input, caller), this.localeChains.resolve(null, context));
	}

}
