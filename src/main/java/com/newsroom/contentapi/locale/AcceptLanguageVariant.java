package com.newsroom.contentapi.locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import com.newsroom.contentapi.delivery.RequestVariant;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Responses vary with the locale chain that {@code Accept-Language} resolves to (not with
 * the header's spelling: {@code ar-MA,ar;q=0.9} and {@code ar-MA} share responses when
 * they resolve alike). Front-ends send a handful of spellings millions of times, so what
 * each resolves to is remembered (the last 1,000 spellings of at most 256 characters).
 */
@Component
class AcceptLanguageVariant implements RequestVariant {

	private static final int REMEMBERED_LENGTH = 256;

	private final LocaleCatalog catalog;

	private final Cache<String, String> resolved = Caffeine.newBuilder().maximumSize(1_000).build();

	AcceptLanguageVariant(LocaleCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String header() {
		return HttpHeaders.ACCEPT_LANGUAGE;
	}

	@Override
	public String of(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		String spelling = (header != null) ? header : "";
		return (spelling.length() <= REMEMBERED_LENGTH) ? this.resolved.get(spelling, this::resolve)
				: resolve(spelling);
	}

	private String resolve(String header) {
		LocaleChain chain = this.catalog.chain(RequestLocaleInterceptor.acceptedLocales(header));
		return chain.requested().toLanguageTag() + "|" + chain.tags();
	}

}
