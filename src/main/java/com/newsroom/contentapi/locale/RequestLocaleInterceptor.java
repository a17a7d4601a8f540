package com.newsroom.contentapi.locale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Resolves the request's {@code Accept-Language} into a {@link LocaleChain} once per
 * request and keeps it in the GraphQL context for fields without a {@code locale}
 * argument. Every range of the header counts, in order of weight. A malformed header is
 * ignored (the default locale applies): it comes from a browser, not from a client
 * developer who could fix it.
 */
@Component
public class RequestLocaleInterceptor implements WebGraphQlInterceptor {

	private final LocaleCatalog catalog;

	public RequestLocaleInterceptor(LocaleCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		LocaleChain localeChain = this.catalog
			.chain(acceptedLocales(request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE)));
		request.configureExecutionInput((input,
				builder) -> builder.graphQLContext(Map.of(LocaleChainResolver.REQUEST_CHAIN, localeChain)).build());
		return chain.next(request);
	}

	/**
	 * The well-formed locales of an {@code Accept-Language} header, by weight; none if it
	 * is malformed.
	 */
	public static List<Locale> acceptedLocales(String header) {
		if (header == null || header.isBlank()) {
			return List.of();
		}
		try {
			return Locale.LanguageRange.parse(header)
				.stream()
				.filter(range -> range.getWeight() > 0 && !range.getRange().contains("*"))
				.map(range -> toLocale(range.getRange()))
				.filter(Objects::nonNull)
				.toList();
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	private static Locale toLocale(String range) {
		try {
			return LocaleTags.parse(range);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
