package com.newsroom.contentapi.article;

import java.util.Locale;

import graphql.GraphQLContext;

import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code publishTranslation} and {@code unpublishTranslation}. */
@Controller
class TranslationPublishingController {

	private final TranslationPublishing publishing;

	private final LocaleChainResolver localeChains;

	TranslationPublishingController(TranslationPublishing publishing, LocaleChainResolver localeChains) {
		this.publishing = publishing;
		this.localeChains = localeChains;
	}

	@MutationMapping
	@EditorsOnly
	ArticleView publishTranslation(@Argument String articleId, @Argument Locale locale, @Argument long expectedVersion,
			@ContextValue Caller caller, GraphQLContext context) {
		return ArticleView.of(this.publishing.publish(articleId, locale.toLanguageTag(), expectedVersion, caller),
				this.localeChains.resolve(null, context));
	}

	@MutationMapping
	@EditorsOnly
	ArticleView unpublishTranslation(@Argument String articleId, @Argument Locale locale,
			@Argument long expectedVersion, @ContextValue Caller caller, GraphQLContext context) {
		return ArticleView.of(this.publishing.unpublish(articleId, locale.toLanguageTag(), expectedVersion, caller),
				this.localeChains.resolve(null, context));
	}

}
