package com.newsroom.contentapi.section;

import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.LocaleChain;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.section.SectionInputs.CreateSectionInput;
import com.newsroom.contentapi.section.SectionInputs.UpdateSectionInput;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.EditorsOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SectionController {

	private final SectionService sections;

	private final LocaleChainResolver localeChains;

	private final Permalinks permalinks;

	SectionController(SectionService sections, LocaleChainResolver localeChains, Permalinks permalinks) {
		this.permalinks = permalinks;
		this.sections = sections;
		this.localeChains = localeChains;
	}

	/** The section's page on the front-end, in the locale of the name served. */
	@SchemaMapping(typeName = "Section")
	String url(SectionView section) {
		return this.permalinks.section(section.locale(), section.slug(), section.id());
	}

	@QueryMapping
	@Nullable SectionView section(@Argument String slug, @Argument @Nullable Locale locale, GraphQLContext context) {
		LocaleChain chain = this.localeChains.resolve(locale, context);
		SectionTree tree = this.sections.tree();
		Section section = tree.bySlug(slug);
		return (section != null) ? SectionView.of(section, chain, tree) : null;
	}

	/**
	 * The top-level sections, or the children of {@code parent}, in order; a site has
	 * tens of sections, so the list is not paged.
	 */
	@QueryMapping
	List<SectionView> sections(@Argument @Nullable Locale locale, @Argument @Nullable String parent,
			GraphQLContext context) {
		LocaleChain chain = this.localeChains.resolve(locale, context);
		SectionTree tree = this.sections.tree();
		String parentId = null;
		if (parent != null) {
			Section found = tree.bySlug(parent);
			if (found == null) {
				return List.of();
			}
			parentId = found.id();
		}
		return tree.children(parentId).stream().map(section -> SectionView.of(section, chain, tree)).toList();
	}

	@MutationMapping
	@EditorsOnly
	SectionView createSection(@Argument @Valid CreateSectionInput input, @ContextValue Caller caller,
			GraphQLContext context) {
		return view(this.sections.create(input, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	SectionView updateSection(@Argument String id, @Argument @Valid UpdateSectionInput input,
			@ContextValue Caller caller, GraphQLContext context) {
		return view(this.sections.update(id, input, caller), context);
	}

	@MutationMapping
	@EditorsOnly
	String deleteSection(@Argument String id, @ContextValue Caller caller) {
		return this.sections.delete(id, caller);
	}

	private SectionView view(Section section, GraphQLContext context) {
		return SectionView.of(section, this.localeChains.resolve(null, context), this.sections.tree());
	}

}
