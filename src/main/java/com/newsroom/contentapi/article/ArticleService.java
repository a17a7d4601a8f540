package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticleInputs.UpdateArticleInput;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;
import com.newsroom.contentapi.tag.TagDeletedEvent;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Editing articles. Every change is read → check {@code expectedVersion} → change in memory → one conditional
 * replace of the document (Spring Data's {@code @Version}), so two editors can never overwrite each other: the
 * slower one gets {@code CONFLICT} with the current version and who wrote it. The unique index on
 * {@code slugKeys} makes slug clashes a {@code CONFLICT} too, even between concurrent writers. After each
 * successful write a revision with the full content is stored and an {@link ArticleChangedEvent} published. An
 * article in the trash cannot be changed ({@code NOT_FOUND}) until {@link ArticleTrash} restores it.
 */
@Service
public class ArticleService {

	private final ArticleStore store;

	private final TagService tags;

	private final LocaleCatalog locales;

	private final MarkdownRenderer renderer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ArticleRevisions revisions;

	ArticleService(ArticleStore store, TagService tags, LocaleCatalog locales, MarkdownRenderer renderer,
			Clock clock, ApplicationEventPublisher events, ArticleRevisions revisions) {
		this.events = events;
		this.revisions = revisions;
		this.store = store;
		this.tags = tags;
		this.locales = locales;
		this.renderer = renderer;
		this.clock = clock;
	}

	public Article create(CreateArticleInput input, Caller caller) {
		Instant now = this.clock.instant();
		Article article = new Article();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < input.translations().size(); i++) {
			String field = "input.translations[" + i + "]";
			Translation translation = translation(input.translations().get(i), field, now);
			if (!seen.add(translation.locale())) {
				throw ApiException.badInput(field + ".locale", "'" + translation.locale() + "' is given twice");
			}
			article.putTranslation(translation);
		}
		if (input.tags() != null) {
			article.setTagIds(this.tags.idsForSlugs(input.tags(), "input.tags"));
		}
		article.setCommentsOpen(input.commentsOpen() == null || input.commentsOpen());
		article.setCreatedAt(now);
		article.touch(now, caller.name());
		String summary = "created in " + String.join(", ", article.getLocales());
		article.changed(summary);
		Article saved = save(article);
		recordChange(saved, caller, "create", summary);
		return saved;
	}

	public Article update(String id, long expectedVersion, UpdateArticleInput input, Caller caller) {
		List<String> changed = new ArrayList<>();
		if (input.tags() != null) {
			changed.add("tags");
		}
		if (input.commentsOpen() != null) {
			changed.add(input.commentsOpen() ? "comments opened" : "comments closed");
		}
		return change(id, expectedVersion, caller, "update", "updated " + String.join(", ", changed), article -> {
			if (input.tags() != null) {
				article.setTagIds(this.tags.idsForSlugs(input.tags(), "input.tags"));
			}
			if (input.commentsOpen() != null) {
				article.setCommentsOpen(input.commentsOpen());
			}
		});
	}

	public Article putTranslation(String id, long expectedVersion, TranslationInput input, Caller caller) {
		String locale = input.locale().toLanguageTag();
		return change(id, expectedVersion, caller, "put-translation", "translation " + locale + " written",
				article -> article.putTranslation(translation(input, "translation", this.clock.instant())));
	}

	public Article removeTranslation(String id, long expectedVersion, String locale, Caller caller) {
		return change(id, expectedVersion, caller, "remove-translation", "translation " + locale + " removed",
				article -> {
					if (!article.getTranslations().containsKey(locale)) {
						throw ApiException.badInput("locale", "the article has no '" + locale + "' translation");
					}
					if (article.getTranslations().size() == 1) {
						throw ApiException.badInput("locale", "the last translation cannot be removed; delete the article");
					}
					article.removeTranslation(locale);
				});
	}

	/**
	 * Publishes now, or schedules for {@code at} when it lies in the future; {@code at} in the past publishes now.
	 * An article that is already published keeps its publication date.
	 */
	public Article publish(String id, @Nullable Instant at, Caller caller) {
		Instant now = this.clock.instant();
		boolean schedule = at != null && at.isAfter(now);
		String summary = schedule ? "scheduled for " + at : "published";
		return change(id, existing(id).getVersion(), caller, schedule ? "schedule" : "publish", summary, article -> {
			if (schedule) {
				article.setStatus(ArticleStatus.SCHEDULED);
				article.setPublishedAt(at);
			}
			else if (article.effectiveStatus(now) != ArticleStatus.PUBLISHED) {
				article.setStatus(ArticleStatus.PUBLISHED);
				article.setPublishedAt(now);
			}
			else {
				article.setStatus(ArticleStatus.PUBLISHED);
			}
		});
	}

	/** Publishes with a given publication date, for importing content that appeared elsewhere first. */
	public Article publishAsOf(String id, Instant publishedAt, Caller caller) {
		return change(id, existing(id).getVersion(), caller, "publish", "published as of " + publishedAt, article -> {
			article.setStatus(ArticleStatus.PUBLISHED);
			article.setPublishedAt(publishedAt);
		});
	}

	/** Back to draft: hidden from readers; the publication date is kept for the record. */
	public Article unpublish(String id, Caller caller) {
		return change(id, existing(id).getVersion(), caller, "unpublish", "back to draft",
				article -> article.setStatus(ArticleStatus.DRAFT));
	}

	/** Out of every public list and lookup, still readable (and restorable) by editors. */
	public Article archive(String id, Caller caller) {
		return change(id, existing(id).getVersion(), caller, "archive", "archived",
				article -> article.setStatus(ArticleStatus.ARCHIVED));
	}

	/**
	 * Turns scheduled articles whose time has come into published ones. Readers already see them (visibility is
	 * decided at query time); this only brings the stored status in line, with a revision like any change. An
	 * article edited at the same moment is left for the next run.
	 */
	public int publishDue() {
		Caller scheduler = new Caller("scheduler", Role.ADMIN);
		int published = 0;
		for (Article due : this.store.dueScheduled(this.clock.instant())) {
			try {
				change(due.getId(), due.getVersion(), scheduler, "publish", "published as scheduled",
						article -> article.setStatus(ArticleStatus.PUBLISHED));
				published++;
			}
			catch (ApiException ex) {
				// changed or deleted meanwhile: the next run sees its new state
			}
		}
		return published;
	}

	/** Frees a retired slug so that another article may take it. */
	public Article releaseSlug(String id, String locale, String slug, Caller caller) {
		String wanted = Slugs.forLookup(slug);
		return change(id, existing(id).getVersion(), caller, "release-slug", "released slug " + locale + ":" + wanted,
				article -> {
					if (!article.releaseSlug(locale, wanted)) {
						throw ApiException.badInput("slug", "'" + wanted + "' is not a retired " + locale + " slug of this article");
					}
				});
	}

	/**
	 * Puts the content of an earlier revision back (translations, tags, comments setting; the status stays). It
	 * is a new change with its own revision: history is never rewritten.
	 */
	public Article restoreRevision(String id, String revisionId, long expectedVersion, Caller caller) {
		ArticleRevision revision = this.revisions.findById(revisionId)
			.filter(r -> r.articleId().equals(id))
			.orElseThrow(() -> ApiException.notFound("No revision " + revisionId + " of article " + id));
		Instant now = this.clock.instant();
		return change(id, expectedVersion, caller, "restore", "restored revision " + revision.version(), article -> {
			List<Translation> restored = revision.content()
				.translations()
				.values()
				.stream()
				.map(source -> render(source.locale(), source.title(), source.slug(), source.excerpt(), source.body(),
						source.seo(), now))
				.toList();
			article.replaceTranslations(restored);
			Set<String> existingTags = this.tags.findAllById(revision.content().tagIds()).keySet();
			article.setTagIds(revision.content().tagIds().stream().filter(existingTags::contains).toList());
			article.setCommentsOpen(revision.content().commentsOpen());
		});
	}

	/**
	 * Recomputes the stored search terms of every article, in batches of {@code batchSize} (never all articles in
	 * memory), after an analyzer change. Returns how many articles were processed.
	 */
	public int reindexSearch(Caller caller, int batchSize) {
		int processed = 0;
		String lastId = null;
		List<Article> batch;
		do {
			batch = this.store.batchAfter(lastId, batchSize);
			for (Article article : batch) {
				this.store.updateSearchTerms(article, SearchTerms.of(article.getTranslations().values()),
						com.newsroom.contentapi.text.TextAnalysis.VERSION);
				processed++;
				lastId = article.getId();
			}
		}
		while (batch.size() == batchSize);
		this.events.publishEvent(new ArticlesReindexedEvent(processed));
		return processed;
	}

	@EventListener
	void onTagDeleted(TagDeletedEvent event) {
		this.store.removeTagEverywhere(event.tagId());
	}

	/** Opens or closes comments; for editors and for moderators, who work the comment queue. */
	public Article setCommentsOpen(String id, boolean open, Caller caller) {
		return change(id, existing(id).getVersion(), caller, "update", open ? "comments opened" : "comments closed",
				article -> article.setCommentsOpen(open));
	}

	private Article change(String id, long expectedVersion, Caller caller, String action, String summary,
			Consumer<Article> change) {
		return apply(existing(id), expectedVersion, caller, action, summary, change);
	}

	/**
	 * The one way an existing article changes: check the version, apply, replace conditionally on the version,
	 * then record the revision and announce the change. {@code article} is as just read (in the trash only for
	 * {@link ArticleTrash}).
	 */
	Article apply(Article article, long expectedVersion, Caller caller, String action, String summary,
			Consumer<Article> change) {
		requireVersion(article, expectedVersion);
		change.accept(article);
		article.touch(this.clock.instant(), caller.name());
		article.changed(summary);
		Article saved = save(article);
		recordChange(saved, caller, action, summary);
		return saved;
	}

	/** Stores the revision of a change (the article as it is after it) and announces the change. */
	void recordChange(Article saved, Caller caller, String action, String summary) {
		Instant now = this.clock.instant();
		this.revisions.record(saved, caller.name(), summary, now);
		this.events.publishEvent(new ArticleChangedEvent(saved.getId(), saved.getVersion(), action, summary,
				caller.name(), now));
	}

	/** An article that may be changed: it exists and is not in the trash. */
	Article existing(String id) {
		return this.store.findById(id)
			.filter(article -> !article.isTrashed())
			.orElseThrow(() -> ApiException.notFound("No article with id " + id));
	}

	private static void requireVersion(Article article, long expectedVersion) {
		if (article.getVersion() != expectedVersion) {
			throw staleVersion(article);
		}
	}

	static ApiException staleVersion(Article current) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("currentVersion", current.getVersion());
		extensions.put("updatedBy", current.getUpdatedBy());
		extensions.put("updatedAt", current.getUpdatedAt().toString());
		return ApiException.conflict("The article is at version " + current.getVersion() + " (changed by "
				+ current.getUpdatedBy() + "); reload it and apply your change again", extensions);
	}

	private Article save(Article article) {
		try {
			return this.store.save(article);
		}
		catch (DuplicateKeyException ex) {
			throw slugClash(article);
		}
		catch (OptimisticLockingFailureException ex) {
			throw staleVersion(this.store.findById(article.getId())
				.orElseThrow(() -> ApiException.notFound("No article with id " + article.getId())));
		}
	}

	/** Names the slug that is taken, found with one more indexed read (the driver's message is not shown). */
	private ApiException slugClash(Article article) {
		List<String> taken = new ArrayList<>();
		for (Article other : this.store.findBySlugKeys(article.getSlugKeys())) {
			if (!other.getId().equals(article.getId())) {
				other.getSlugKeys().stream().filter(article.getSlugKeys()::contains).forEach(taken::add);
			}
		}
		String which = taken.isEmpty() ? "a slug" : String.join(", ", taken);
		return ApiException.conflict("Slug already used by another article in that locale: " + which,
				Map.of("field", "slug", "slugs", taken));
	}

	private Translation translation(TranslationInput input, String field, Instant now) {
		String locale = input.locale().toLanguageTag();
		if (!this.locales.isSupported(locale)) {
			throw ApiException.badInput(field + ".locale",
					"'" + locale + "' is not a supported locale " + this.locales.supported());
		}
		String title = input.title().strip();
		String slug = Slugs.slugify((input.slug() != null && !input.slug().isBlank()) ? input.slug() : title);
		if (slug.isEmpty()) {
			throw ApiException.badInput(field + ".slug", "needs letters or digits (none in the slug or title)");
		}
		String excerpt = (input.excerpt() != null && !input.excerpt().isBlank()) ? input.excerpt().strip() : null;
		Seo seo = (input.seo() != null) ? new Seo(blankToNull(input.seo().title()), blankToNull(input.seo().description()))
				: new Seo(null, null);
		return render(locale, title, slug, excerpt, input.body(), seo, now);
	}

	/** A translation with its body rendered; a missing excerpt is taken from the start of the text. */
	private Translation render(String locale, String title, String slug, @Nullable String excerpt,
			@Nullable String body, @Nullable Seo seo, Instant now) {
		String markdown = (body != null) ? body : "";
		MarkdownRenderer.Rendered rendered = this.renderer.render(markdown);
		String shownExcerpt = (excerpt != null) ? excerpt : MarkdownRenderer.excerptOf(rendered.text());
		return new Translation(locale, title, slug, shownExcerpt, markdown, rendered.html(), rendered.text(),
				(seo != null) ? seo : new Seo(null, null), now);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
