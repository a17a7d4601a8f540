package com.newsroom.contentapi.media;

import java.util.List;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code Image.url} and {@code Image.srcset}, wired as plain data fetchers rather than
 * annotated controller methods: a page of headlines asks for one URL per article, and an
 * annotated method's invocation (argument binding, context propagation) cost more than
 * building the URL. They are {@link TrivialDataFetcher}s (no I/O), which Spring for
 * GraphQL and graphql-java's instrumentation leave undecorated.
 */
@Component
class ImageUrlFetchers implements RuntimeWiringConfigurer {

	private final ImageUrls urls;

	ImageUrlFetchers(ImageUrls urls) {
		this.urls = urls;
	}

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("Image", type -> type.dataFetcher("url", (TrivialDataFetcher<String>) this::url)
			.dataFetcher("srcset", (TrivialDataFetcher<String>) this::srcset));
	}

	private String url(DataFetchingEnvironment environment) {
		ImageView image = environment.getSource();
		return this.urls.url(image.image(), environment.getArgument("width"), format(environment),
				environment.getArgument("ratio"));
	}

	private String srcset(DataFetchingEnvironment environment) {
		ImageView image = environment.getSource();
		List<Integer> widths = environment.getArgument("widths");
		return this.urls.srcset(image.image(), widths, format(environment), environment.getArgument("ratio"));
	}

	private static @Nullable ImageFormat format(DataFetchingEnvironment environment) {
		String format = environment.getArgument("format");
		return (format != null) ? ImageFormat.valueOf(format) : null;
	}

}
