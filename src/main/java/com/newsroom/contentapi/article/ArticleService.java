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
import org.springframework.stereotype.Service;

/**
 * Editing articles. Every change is read → check {@code expectedVersion} → change in memory → one conditional
 * replace of the document (Spring Data's {@code @Version}), so two editors can never overwrite each other: the
 * slower one gets {@code CONFLICT} with the current version and who wrote it. The unique index on
 * {@code slugKeys} makes slug clashes a {@code CONFLICT} too, even between concurrent writers.
 */
@Service
public class ArticleService {

	private final ArticleStore store;

	private final TagService tags;

	private final LocaleCatalog locales;

	private final MarkdownRenderer renderer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ArticleService(ArticleStore store, TagService tags, LocaleCatalog locales, MarkdownRenderer renderer,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.tags = tags;
		this.locales = locales;
		this.renderer = renderer;
		this.clock = clock;
	}

	public Article create(CreateArticleInput input, Caller caller) {
		caller.require(Role.EDITOR);
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
		return save(article);
	}

	public Article update(String id, long expectedVersion, UpdateArticleInput input, Caller caller) {
		return change(id, expectedVersion, caller, article -> {
			if (input.tags() != null) {
				article.setTagIds(this.tags.idsForSlugs(input.tags(), "input.tags"));
			}
			if (input.commentsOpen() != null) {
				article.setCommentsOpen(input.commentsOpen());
			}
		});
	}

	public Article putTranslation(String id, long expectedVersion, TranslationInput input, Caller caller) {
		return change(id, expectedVersion, caller,
				article -> article.putTranslation(translation(input, "translation", this.clock.instant())));
	}

	public Article removeTranslation(String id, long expectedVersion, String locale, Caller caller) {
		return change(id, expectedVersion, caller, article -> {
			if (!article.getTranslations().containsKey(locale)) {
				throw ApiException.badInput("locale", "the article has no '" + locale + "' translation");
			}
			if (article.getTranslations().size() == 1) {
				throw ApiException.badInput("locale", "the last translation cannot be removed; delete the article");
			}
			article.removeTranslation(locale);
		});
	}

	/** Publishes now; an article already published keeps its original publication date. */
	public Article publish(String id, Caller caller) {
		return publish(id, null, caller);
	}

	/** Publishes at a given date (used to import content with its real dates), or now when {@code at} is null. */
	public Article publish(String id, Instant at, Caller caller) {
		caller.require(Role.EDITOR);
		Article current = existing(id);
		return change(id, current.getVersion(), caller, article -> {
			if (article.getStatus() != ArticleStatus.PUBLISHED || at != null) {
				article.setPublishedAt((at != null) ? at : this.clock.instant());
			}
			article.setStatus(ArticleStatus.PUBLISHED);
		});
	}

	/** Back to draft: hidden from readers; the publication date is kept for when it is published again. */
	public Article unpublish(String id, Caller caller) {
		caller.require(Role.EDITOR);
		Article current = existing(id);
		return change(id, current.getVersion(), caller, article -> article.setStatus(ArticleStatus.DRAFT));
	}

	public String delete(String id, Caller caller) {
		caller.require(Role.EDITOR);
		if (!this.store.delete(id)) {
			throw ApiException.notFound("No article with id " + id);
		}
		this.events.publishEvent(new ArticleDeletedEvent(id));
		return id;
	}

	/**
	 * Recomputes the stored search terms of every article, in batches of {@code batchSize} (never all articles in
	 * memory), after an analyzer change. Returns how many articles were processed.
	 */
	public int reindexSearch(Caller caller, int batchSize) {
		caller.require(Role.ADMIN);
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
		return processed;
	}

	@EventListener
	void onTagDeleted(TagDeletedEvent event) {
		this.store.removeTagEverywhere(event.tagId());
	}

	/** Opens or closes comments; for editors and for moderators, who work the comment queue. */
	public Article setCommentsOpen(String id, boolean open, Caller caller) {
		caller.require(Role.EDITOR, Role.MODERATOR);
		Article current = existing(id);
		return apply(id, current.getVersion(), caller, article -> article.setCommentsOpen(open));
	}

	private Article change(String id, long expectedVersion, Caller caller, Consumer<Article> change) {
		caller.require(Role.EDITOR);
		return apply(id, expectedVersion, caller, change);
	}

	private Article apply(String id, long expectedVersion, Caller caller, Consumer<Article> change) {
		Article article = existing(id);
		requireVersion(article, expectedVersion);
		change.accept(article);
		article.touch(this.clock.instant(), caller.name());
		return save(article);
	}

	private Article existing(String id) {
		return this.store.findById(id).orElseThrow(() -> ApiException.notFound("No article with id " + id));
	}

	private static void requireVersion(Article article, long expectedVersion) {
		if (article.getVersion() != expectedVersion) {
			throw staleVersion(article);
		}
	}

	private static ApiException staleVersion(Article current) {
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
			throw staleVersion(existing(article.getId()));
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
		String markdown = (input.body() != null) ? input.body() : "";
		MarkdownRenderer.Rendered rendered = this.renderer.render(markdown);
		String excerpt = (input.excerpt() != null && !input.excerpt().isBlank()) ? input.excerpt().strip()
				: MarkdownRenderer.excerptOf(rendered.text());
		Seo seo = (input.seo() != null) ? new Seo(blankToNull(input.seo().title()), blankToNull(input.seo().description()))
				: new Seo(null, null);
		return new Translation(locale, title, slug, excerpt, markdown, rendered.html(), rendered.text(), seo, now);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
