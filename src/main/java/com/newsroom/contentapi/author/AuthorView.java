package com.newsroom.contentapi.author;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

/**
 * An author as one reader sees it. The name, the job title and the bio each come from the
 * first locale of the reader's chain that has one (an Arabic reader sees the Arabic name
 * and the French bio when no Arabic bio was written), else from the first the author has;
 * {@code locale} and {@code direction} are the name's. {@code chain} travels along so
 * that nested fields ({@code articles}) see the same locales.
 */
public record AuthorView(Author author, String locale, LocaleChain chain) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return AuthorCacheKeys.AUTHOR + this.author.id();
	}

	public static AuthorView of(Author author, LocaleChain chain) {
		String served = chain.pickOrFirst(author.names().keySet());
		return new AuthorView(author, (served != null) ? served : chain.tags().get(0), chain);
	}

	public String id() {
		return this.author.id();
	}

	public String slug() {
		return this.author.slug();
	}

	public String name() {
		return this.author.names().getOrDefault(this.locale, this.author.slug());
	}

	public @Nullable String title() {
		return served(this.author.titles(), this.chain);
	}

	public @Nullable String bio() {
		return served(this.author.bios(), this.chain);
	}

	public List<Author.Link> links() {
		return this.author.links();
	}

	public TextDirection direction() {
		return TextDirection.of(this.locale);
	}

	private static @Nullable String served(Map<String, String> texts, LocaleChain chain) {
		String locale = chain.pickOrFirst(texts.keySet());
		return (locale != null) ? texts.get(locale) : null;
	}

}
