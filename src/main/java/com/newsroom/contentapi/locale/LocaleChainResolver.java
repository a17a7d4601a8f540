package com.newsroom.contentapi.locale;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Picks the locale chain of a field: its {@code locale} argument when given, else the
 * request's {@code Accept-Language}, else the default locale.
 */
@Component
public class LocaleChainResolver {

	static final String REQUEST_CHAIN = "contentapi.requestLocaleChain";

	private final LocaleCatalog catalog;

	public LocaleChainResolver(LocaleCatalog catalog) {
		this.catalog = catalog;
	}

	public LocaleChain resolve(@Nullable Locale argument, @Nullable GraphQLContext context) {
		if (argument != null) {
			return this.catalog.chain(List.of(argument));
		}
		LocaleChain fromHeader = (context != null) ? context.get(REQUEST_CHAIN) : null;
		return (fromHeader != null) ? fromHeader : this.catalog.defaultChain();
	}

}
