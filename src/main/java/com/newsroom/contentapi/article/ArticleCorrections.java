package com.newsroom.contentapi.article;

import java.time.Clock;

import org.bson.types.ObjectId;

import com.newsroom.contentapi.article.ArticleInputs.CorrectionInput;
import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.stereotype.Service;

/**
 * The public corrections log: a note is appended by an editor's change to the version
 * they read, recorded like any other change (a revision, an event), and is never edited
 * or removed afterwards; restoring a revision leaves the log as it is.
 */
@Service
public class ArticleCorrections {

	private final ArticleWrites writes;

	private final LocaleCatalog locales;

	private final Clock clock;

	ArticleCorrections(ArticleWrites writes, LocaleCatalog locales, Clock clock) {
		this.writes = writes;
		this.locales = locales;
		this.clock = clock;
	}

	public Article add(String articleId, long expectedVersion, CorrectionInput input, Caller caller) {
		String locale = this.locales.requireSupported(input.locale(), "input.locale");
		String summary = input.kind().name().toLowerCase(java.util.Locale.ROOT) + " added (" + locale + ")";
		return this.writes.execute(ArticleCommand.ofVersion(articleId, expectedVersion, Role.EDITOR, "add-correction",
				summary, article -> {
					if (!article.getTranslations().containsKey(locale)) {
						throw ApiException.badInput("input.locale", "the article has no '" + locale + "' translation");
					}
					article.addCorrection(new Correction(new ObjectId().toHexString(), input.kind(),
							input.text().strip(), locale, this.clock.instant(), caller.name()));
					article.contentChanged(this.clock.instant());
				}), caller);
	}

}
