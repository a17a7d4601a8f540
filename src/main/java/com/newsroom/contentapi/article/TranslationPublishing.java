package com.newsroom.contentapi.article;

import java.time.Clock;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.stereotype.Service;

/**
 * Publishing one translation on its own: a newsroom publishes the French version and
 * keeps writing the Arabic one. A translation added to an article that is already public
 * (or scheduled, or archived) starts as a draft that only editors see, until
 * {@link #publish}; {@link #unpublish} takes one back. An article keeps at least one
 * published translation (the last one is unpublished with the article itself). Each is a
 * change to the version the editor read, with its own revision.
 */
@Service
public class TranslationPublishing {

	private final ArticleWrites writes;

	private final Clock clock;

	TranslationPublishing(ArticleWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	public Article publish(String articleId, String locale, long expectedVersion, Caller caller) {
		return this.writes.execute(ArticleCommand.ofVersion(articleId, expectedVersion, Role.EDITOR,
				"publish-translation", "translation " + locale + " published", article -> {
					article.putTranslation(existing(article, locale).withDraft(false));
					article.contentChanged(this.clock.instant());
				}), caller);
	}

	public Article unpublish(String articleId, String locale, long expectedVersion, Caller caller) {
		return this.writes.execute(ArticleCommand.ofVersion(articleId, expectedVersion, Role.EDITOR,
				"unpublish-translation", "translation " + locale + " unpublished", article -> {
					Translation translation = existing(article, locale);
					if (!translation.draft() && article.getPublishedLocales().size() <= 1) {
						throw ApiException.badInput("locale",
								"the last published translation cannot be unpublished; unpublish the article instead");
					}
					article.putTranslation(translation.withDraft(true));
				}), caller);
	}

	private static Translation existing(Article article, String locale) {
		Translation translation = article.getTranslations().get(locale);
		if (translation == null) {
			throw ApiException.badInput("locale", "the article has no '" + locale + "' translation");
		}
		return translation;
	}

	/**
	 * Whether a translation written now for a locale the article does not have yet starts
	 * as a draft: it does once the article is out of the draft state.
	 */
	static boolean startsAsDraft(Article article) {
		return article.getStatus() != ArticleStatus.DRAFT;
	}

}
