package com.newsroom.contentapi.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticleInputs.UpdateArticleInput;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;
import com.newsroom.contentapi.author.AuthorService;
import com.newsroom.contentapi.media.ImageService;
import com.newsroom.contentapi.section.SectionService;
import com.newsroom.contentapi.tag.TagDeletedEvent;
import com.newsroom.contentapi.tag.TagService;
import com.newsroom.contentapi.text.Slugs;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Editing articles: content, translations, tags, the comments setting, slugs, restoring a
 * revision. Each change is an {@link ArticleCommand} run by {@link ArticleWrites} (role,
 * version, conditional save, revision, event); publishing and scheduling are
 * {@link ArticlePublishing}'s, the trash {@link ArticleTrash}'s. An article in the trash
 * cannot be changed ({@code NOT_FOUND}) until it is restored.
 */
@Service
public class ArticleService {

	private final ArticleWrites writes;

	private final ArticleStore store;

	private final TagService tags;

	private final AuthorService authors;

	private final SectionService sections;

	private final ImageService images;

	private final LocaleCatalog locales;

	private final MarkdownRenderer renderer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ArticleRevisions revisions;

	ArticleService(ArticleWrites writes, ArticleStore store, TagService tags, AuthorService authors,
			SectionService sections, LocaleCatalog locales, MarkdownRenderer renderer, Clock clock,
			ApplicationEventPublisher events, ArticleRevisions revisions, ImageService images) {
		this.images = images;
		this.writes = writes;
		this.events = events;
		this.revisions = revisions;
		this.store = store;
		this.tags = tags;
		this.authors = authors;
		this.sections = sections;
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
		if (input.authors() != null) {
			article.setAuthorIds(this.authors.idsForSlugs(input.authors(), "input.authors"));
		}
		if (input.section() != null && !input.section().isBlank()) {
			article.setSectionId(this.sections.idForSlug(input.section(), "input.section"));
		}
		article.setFeaturedImageId(featuredImage(input.featuredImage()));
		article.setCommentsOpen(input.commentsOpen() == null || input.commentsOpen());
		return this.writes.create(article, caller, "created in " + String.join(", ", article.getLocales()));
	}

	/** A featured image id as given: blank means none, an unknown id is refused. */
	private @Nullable String featuredImage(@Nullable String imageId) {
		if (imageId == null || imageId.isBlank()) {
			return null;
		}
		return this.images.requireExisting(imageId.strip(), "input.featuredImage");
	}

	public Article update(String id, long expectedVersion, UpdateArticleInput input, Caller caller) {
		List<String> changed = new ArrayList<>();
		if (input.tags() != null) {
			changed.add("tags");
		}
		if (input.authors() != null) {
			changed.add("authors");
		}
		if (input.section() != null) {
			changed.add("section");
		}
		if (input.featuredImage() != null) {
			changed.add("featured image");
		}
		if (input.commentsOpen() != null) {
			changed.add(input.commentsOpen() ? "comments opened" : "comments closed");
		}
		return edit(id, expectedVersion, caller, "update", "updated " + String.join(", ", changed), article -> {
			if (input.tags() != null) {
				article.setTagIds(this.tags.idsForSlugs(input.tags(), "input.tags"));
			}
			if (input.authors() != null) {
				article.setAuthorIds(this.authors.idsForSlugs(input.authors(), "input.authors"));
			}
			if (input.section() != null) {
				article.setSectionId(
						input.section().isBlank() ? null : this.sections.idForSlug(input.section(), "input.section"));
			}
			if (input.featuredImage() != null) {
				article.setFeaturedImageId(featuredImage(input.featuredImage()));
			}
			if (input.commentsOpen() != null) {
				article.setCommentsOpen(input.commentsOpen());
			}
			if (input.tags() != null || input.authors() != null || input.section() != null
					|| input.featuredImage() != null) {
				article.contentChanged(this.clock.instant());
			}
		});
	}

	public Article putTranslation(String id, long expectedVersion, TranslationInput input, Caller caller) {
		String locale = input.locale().toLanguageTag();
		return edit(id, expectedVersion, caller, "put-translation", "translation " + locale + " written", article -> {
			Translation previous = article.getTranslations().get(locale);
			boolean draft = (previous != null) ? previous.draft() : TranslationPublishing.startsAsDraft(article);
			article.putTranslation(translation(input, "translation", this.clock.instant()).withDraft(draft));
			article.contentChanged(this.clock.instant());
		});
	}

	public Article removeTranslation(String id, long expectedVersion, String locale, Caller caller) {
		return edit(id, expectedVersion, caller, "remove-translation", "translation " + locale + " removed",
				article -> {
					if (!article.getTranslations().containsKey(locale)) {
						throw ApiException.badInput("locale", "the article has no '" + locale + "' translation");
					}
					if (article.getTranslations().size() == 1) {
						throw ApiException.badInput("locale",
								"the last translation cannot be removed; delete the article");
					}
					if (article.getPublishedLocales().equals(List.of(locale))) {
						throw ApiException.badInput("locale",
								"the last published translation cannot be removed; publish another one first");
					}
					article.removeTranslation(locale);
					article.contentChanged(this.clock.instant());
				});
	}

	/** Frees a retired slug so that another article may take it. */
	public Article releaseSlug(String id, String locale, String slug, Caller caller) {
		String wanted = Slugs.forLookup(slug);
		return this.writes.execute(ArticleCommand.ofCurrent(id, Role.EDITOR, "release-slug",
				"released slug " + locale + ":" + wanted, article -> {
					if (!article.releaseSlug(locale, wanted)) {
						throw ApiException.badInput("slug",
								"'" + wanted + "' is not a retired " + locale + " slug of this article");
					}
				}), caller);
	}

	/**
	 * Puts the content of an earlier revision back (translations, tags and authors that
	 * still exist, comments setting; the status stays). It is a new change with its own
	 * revision: history is never rewritten.
	 */
	public Article restoreRevision(String id, String revisionId, long expectedVersion, Caller caller) {
		ArticleRevision revision = this.revisions.findById(revisionId)
			.filter(r -> r.articleId().equals(id))
			.orElseThrow(() -> ApiException.notFound("No revision " + revisionId + " of article " + id));
		Instant now = this.clock.instant();
		return edit(id, expectedVersion, caller, "restore", "restored revision " + revision.version(), article -> {
			List<Translation> restored = revision.content()
				.translations()
				.values()
				.stream()
				.map(source -> render(source.locale(), source.title(), source.slug(), source.excerpt(), source.body(),
						source.seo(), now)
					.withDraft(source.draft()))
				.toList();
			article.replaceTranslations(restored);
			Set<String> existingTags = this.tags.findAllById(revision.content().tagIds()).keySet();
			article.setTagIds(revision.content().tagIds().stream().filter(existingTags::contains).toList());
			Set<String> existingAuthors = this.authors.findAllById(revision.content().authorIds()).keySet();
			article.setAuthorIds(revision.content().authorIds().stream().filter(existingAuthors::contains).toList());
			String sectionId = revision.content().sectionId();
			article
				.setSectionId((sectionId != null && this.sections.tree().byId(sectionId) != null) ? sectionId : null);
			String imageId = revision.content().featuredImageId();
			article.setFeaturedImageId((imageId != null && this.images.findById(imageId).isPresent()) ? imageId : null);
			article.setCommentsOpen(revision.content().commentsOpen());
			article.contentChanged(now);
		});
	}

	/**
	 * A deleted tag leaves every article that had it, trashed ones too, each by a change
	 * of its own (a revision, an event, the deleter as author), so that an editor holding
	 * the old version is told who changed it and why.
	 */
	@EventListener
	void onTagDeleted(TagDeletedEvent event) {
		for (String id : this.store.idsWithTag(event.tagId())) {
			try {
				this.writes.execute(ArticleCommand
					.ofCurrent(id, Role.EDITOR, "update", "tag " + event.tagSlug() + " removed (the tag was deleted)",
							article -> article.removeTag(event.tagId()))
					.in(ArticleCommand.Target.ANY), event.deletedBy());
			}
			catch (ApiException ex) {
				if (ex.code() != ErrorCode.NOT_FOUND) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Opens or closes comments; for editors and for moderators, who work the comment
	 * queue.
	 */
	public Article setCommentsOpen(String id, boolean open, Caller caller) {
		return this.writes.execute(
				ArticleCommand
					.ofCurrent(id, Role.EDITOR, "update", open ? "comments opened" : "comments closed",
							article -> article.setCommentsOpen(open))
					.by(Role.EDITOR, Role.MODERATOR),
				caller);
	}

	/** An editor's change to the version the client read. */
	private Article edit(String id, long expectedVersion, Caller caller, String action, String summary,
			Consumer<Article> change) {
		return this.writes.execute(ArticleCommand.ofVersion(id, expectedVersion, Role.EDITOR, action, summary, change),
				caller);
	}

	private Translation translation(TranslationInput input, String field, Instant now) {
		String locale = this.locales.requireSupported(input.locale(), field + ".locale");
		String title = input.title().strip();
		String slug = Slugs.slugify((input.slug() != null && !input.slug().isBlank()) ? input.slug() : title);
		if (slug.isEmpty()) {
			throw ApiException.badInput(field + ".slug", "needs letters or digits (none in the slug or title)");
		}
		String excerpt = (input.excerpt() != null && !input.excerpt().isBlank()) ? input.excerpt().strip() : null;
		Seo seo = (input.seo() != null)
				? new Seo(blankToNull(input.seo().title()), blankToNull(input.seo().description()))
				: new Seo(null, null);
		return render(locale, title, slug, excerpt, input.body(), seo, now);
	}

	/**
	 * A translation with its body rendered; a missing excerpt is taken from the start of
	 * the text.
	 */
	private Translation render(String locale, String title, String slug, @Nullable String excerpt,
			@Nullable String body, @Nullable Seo seo, Instant now) {
		String markdown = (body != null) ? body : "";
		MarkdownRenderer.Rendered rendered = this.renderer.render(markdown, locale);
		String shownExcerpt = (excerpt != null) ? excerpt : MarkdownRenderer.excerptOf(rendered.text());
		return new Translation(locale, title, slug, shownExcerpt, markdown, rendered.html(), rendered.text(),
				(seo != null) ? seo : new Seo(null, null), now, false);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
