package com.newsroom.contentapi.media;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

/**
 * An image as one reader sees it: the alt text, the caption and the credit each come from
 * the first locale of the reader's chain that has one (an Arabic reader of a photo
 * captioned only in French gets the French caption), else from the first locale it was
 * written in; {@code locale} and {@code direction} are the alt text's.
 */
public record ImageView(Image image, LocaleChain chain) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return ImageCacheKeys.IMAGE + this.image.id();
	}

	public static ImageView of(Image image, LocaleChain chain) {
		return new ImageView(image, chain);
	}

	public String id() {
		return this.image.id();
	}

	public int width() {
		return this.image.width();
	}

	public int height() {
		return this.image.height();
	}

	public String mediaType() {
		return this.image.mediaType();
	}

	public long byteSize() {
		return this.image.byteSize();
	}

	public Image.FocalPoint focalPoint() {
		return this.image.focalPoint();
	}

	public String placeholder() {
		return this.image.placeholder();
	}

	public @Nullable String alt() {
		return served(this.image.alts(), this.chain);
	}

	public @Nullable String caption() {
		return served(this.image.captions(), this.chain);
	}

	public @Nullable String credit() {
		return served(this.image.credits(), this.chain);
	}

	/**
	 * The locale of the alt text served (the reader's first locale when there is none).
	 */
	public String locale() {
		String served = this.chain.pickOrFirst(this.image.alts().keySet());
		return (served != null) ? served : this.chain.tags().get(0);
	}

	public TextDirection direction() {
		return TextDirection.of(locale());
	}

	/**
	 * The text in the chain's first locale that has one, else in the first locale
	 * written: a description in another language serves a reader better than none.
	 */
	static @Nullable String served(Map<String, String> texts, LocaleChain chain) {
		String locale = chain.pickOrFirst(texts.keySet());
		return (locale != null) ? texts.get(locale) : null;
	}

}
