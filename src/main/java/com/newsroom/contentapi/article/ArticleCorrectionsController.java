package com.newsroom.contentapi.article;

import java.util.List;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.article.ArticleInputs.CorrectionInput;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The corrections log of an article ({@code Article.corrections}, {@code addCorrection}).
 */
@Controller
class ArticleCorrectionsController {

	private final ArticleCorrections corrections;

	private final LocaleChainResolver localeChains;

	ArticleCorrectionsController(ArticleCorrections corrections, LocaleChainResolver localeChains) {
		this.corrections = corrections;
		this.localeChains = localeChains;
	}

	@SchemaMapping(typeName = "Article")
	List<Correction> corrections(ArticleView article, @Argument @Nullable Boolean allLocales) {
		return article.corrections(Boolean.TRUE.equals(allLocales));
	}

	@MutationMapping
	@EditorsOnly
	ArticleView addCorrection(@Argument String articleId, @Argument long expectedVersion,
			@Argument @Valid CorrectionInput input, @ContextValue Caller caller, GraphQLContext context) {
		return ArticleView.of(this.corrections.add(articleId, expectedVersion, input, caller),
				this.localeChains.resolve(null, context));
	}

}
