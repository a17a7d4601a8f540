package com.newsroom.contentapi.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields that differ between two revisions, with their values before and after, for
 * review. Translations are compared field by field per locale
 * ({@code translations.fr.title}); a translation that appears or disappears is one change
 * of {@code translations.<locale>}, with its title as the value.
 */
record RevisionDiff(ArticleRevision from, ArticleRevision to, List<FieldChange> changes) {

	record FieldChange(String field, String before, String after) {
	}

	static RevisionDiff between(ArticleRevision from, ArticleRevision to) {
		List<FieldChange> changes = new ArrayList<>();
		ArticleRevision.Content a = from.content();
		ArticleRevision.Content b = to.content();
		Set<String> locales = new LinkedHashSet<>(a.translations().keySet());
		locales.addAll(b.translations().keySet());
		for (String locale : locales) {
			ArticleRevision.Source before = a.translations().get(locale);
			ArticleRevision.Source after = b.translations().get(locale);
			String prefix = "translations." + locale;
			if (before == null || after == null) {
				changes.add(new FieldChange(prefix, (before != null) ? before.title() : null,
						(after != null) ? after.title() : null));
				continue;
			}
			compare(changes, prefix + ".title", before, after, ArticleRevision.Source::title);
			compare(changes, prefix + ".slug", before, after, ArticleRevision.Source::slug);
			compare(changes, prefix + ".excerpt", before, after, ArticleRevision.Source::excerpt);
			compare(changes, prefix + ".body", before, after, ArticleRevision.Source::body);
			compare(changes, prefix + ".seo.title", before, after, s -> (s.seo() != null) ? s.seo().title() : null);
			compare(changes, prefix + ".seo.description", before, after,
					s -> (s.seo() != null) ? s.seo().description() : null);
		}
		compare(changes, "tags", a, b, c -> String.join(",", c.tagIds()));
		compare(changes, "status", a, b, c -> c.status().name());
		compare(changes, "publishedAt", a, b, c -> (c.publishedAt() != null) ? c.publishedAt().toString() : null);
		compare(changes, "commentsOpen", a, b, c -> Boolean.toString(c.commentsOpen()));
		return new RevisionDiff(from, to, changes);
	}

	private static <T> void compare(List<FieldChange> changes, String field, T before, T after,
			Function<T, String> value) {
		String was = value.apply(before);
		String is = value.apply(after);
		if (!Objects.equals(was, is)) {
			changes.add(new FieldChange(field, was, is));
		}
	}

}
