package com.newsroom.contentapi.locale;

import jakarta.servlet.http.HttpServletRequest;

import com.newsroom.contentapi.delivery.RequestVariant;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Responses vary with the locale chain that {@code Accept-Language} resolves to (not with the header's spelling:
 * {@code ar-MA,ar;q=0.9} and {@code ar-MA} share responses when they resolve alike).
 */
@Component
class AcceptLanguageVariant implements RequestVariant {

	private final LocaleCatalog catalog;

	AcceptLanguageVariant(LocaleCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String header() {
		return HttpHeaders.ACCEPT_LANGUAGE;
	}

	@Override
	public String of(HttpServletRequest request) {
		LocaleChain chain = this.catalog
			.chain(RequestLocaleInterceptor.acceptedLocales(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		return chain.requested().toLanguageTag() + "|" + chain.tags();
	}

}
