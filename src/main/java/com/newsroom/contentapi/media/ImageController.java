package com.newsroom.contentapi.media;

import java.util.List;
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
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ImageController {

	private final ImageService images;

	private final LocaleChainResolver localeChains;

	private final ImageUrls urls;

	ImageController(ImageService images, ImageUrls urls, LocaleChainResolver localeChains) {
		this.images = images;
		this.urls = urls;
		this.localeChains = localeChains;
	}

	@QueryMapping
	@Nullable ImageView image(@Argument String id, @Argument @Nullable Locale locale, GraphQLContext context) {
		return this.images.findById(id)
			.map(image -> ImageView.of(image, this.localeChains.resolve(locale, context)))
			.orElse(null);
	}

	@SchemaMapping(typeName = "Image")
	String url(ImageView image, @Argument @Nullable Integer width, @Argument @Nullable ImageFormat format,
			@Argument @Nullable String ratio) {
		return this.urls.url(image.image(), width, format, ratio);
	}

	@SchemaMapping(typeName = "Image")
	String srcset(ImageView image, @Argument @Nullable List<Integer> widths, @Argument @Nullable ImageFormat format,
			@Argument @Nullable String ratio) {
		return this.urls.srcset(image.image(), widths, format, ratio);
	}

	@MutationMapping
	@EditorsOnly
	ImageView updateImage(@Argument String id, @Argument @Valid UpdateImageInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return ImageView.of(this.images.update(id, input, caller), this.localeChains.resolve(null, context));
	}

}
