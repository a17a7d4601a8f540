package com.newsroom.contentapi.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.TextDirection;
import com.newsroom.contentapi.section.SectionView;
import com.newsroom.contentapi.tag.TagView;

/**
 * A menu entry as one reader sees it: its label through the reader's chain (else the
 * first written) and what it leads to, resolved for the whole menu at once. An entry
 * whose article readers cannot see (unpublished since) has a null {@code article}.
 */
public record MenuItemView(Menu.Item item, LocaleChain chain, @Nullable SectionView section, @Nullable TagView tag,
		@Nullable ArticleView article, List<MenuItemView> children) {

	public String label() {
		String locale = locale();
		String label = this.item.labels().get(locale);
		return (label != null) ? label : "";
	}

	public String locale() {
		return java.util.Objects.requireNonNull(this.chain.pickOrFirst(this.item.labels().keySet()));
	}

	public TextDirection direction() {
		return TextDirection.of(locale());
	}

	public Menu.TargetKind kind() {
		return this.item.kind();
	}

	/** The address of a {@code URL} entry; null for the others. */
	public @Nullable String url() {
		return (this.item.kind() == Menu.TargetKind.URL) ? this.item.target() : null;
	}

}
