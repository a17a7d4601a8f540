package com.newsroom.contentapi.section;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.delivery.CacheKeyed;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;

/**
 * A section as one reader sees it: the name in the first locale of the reader's chain
 * that has one (else its first), the description in the same way; its parent, children
 * and path read from the tree it was found in. {@code chain} travels along so that nested
 * fields see the same locales.
 */
public record SectionView(Section section, String locale, LocaleChain chain, SectionTree tree) implements CacheKeyed {

	@Override
	public String cacheKey() {
		return SectionCacheKeys.SECTION + this.section.id();
	}

	public static SectionView of(Section section, LocaleChain chain, SectionTree tree) {
		String served = chain.pick(section.names().keySet());
		if (served == null) {
			served = section.names().isEmpty() ? chain.tags().get(0) : section.names().keySet().iterator().next();
		}
		return new SectionView(section, served, chain, tree);
	}

	public String id() {
		return this.section.id();
	}

	public String slug() {
		return this.section.slug();
	}

	public String name() {
		return this.section.names().getOrDefault(this.locale, this.section.slug());
	}

	public @Nullable String description() {
		String locale = this.chain.pick(this.section.descriptions().keySet());
		return (locale != null) ? this.section.descriptions().get(locale) : null;
	}

	public int position() {
		return this.section.position();
	}

	public TextDirection direction() {
		return TextDirection.of(this.locale);
	}

	public @Nullable SectionView parent() {
		Section parent = this.tree.parent(this.section);
		return (parent != null) ? of(parent, this.chain, this.tree) : null;
	}

	public List<SectionView> children() {
		return this.tree.children(this.section.id()).stream().map(child -> of(child, this.chain, this.tree)).toList();
	}

	/** The sections from the top down to this one, for breadcrumbs. */
	public List<SectionView> path() {
		return this.tree.path(this.section).stream().map(at -> of(at, this.chain, this.tree)).toList();
	}

}
