package com.newsroom.contentapi.site;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import com.newsroom.contentapi.locale.LocaleCatalog;
import com.newsroom.contentapi.locale.LocaleChainResolver;
import com.newsroom.contentapi.media.Image;
import com.newsroom.contentapi.media.ImageFetchers;
import com.newsroom.contentapi.media.ImageView;
import com.newsroom.contentapi.permalink.Permalinks;
import com.newsroom.contentapi.security.AdminsOnly;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.site.SiteInputs.LabelInput;
import com.newsroom.contentapi.site.SiteInputs.MenuItemInput;
import com.newsroom.contentapi.site.SiteInputs.UpdateSiteInput;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class SiteController {

	private final SiteService site;

	private final Navigation navigation;

	private final LocaleChainResolver localeChains;

	private final LocaleCatalog locales;

	private final Permalinks permalinks;

	private final ImageFetchers images;

	SiteController(SiteService site, Navigation navigation, LocaleChainResolver localeChains, LocaleCatalog locales,
			Permalinks permalinks, ImageFetchers images) {
		this.permalinks = permalinks;
		this.images = images;
		this.site = site;
		this.navigation = navigation;
		this.localeChains = localeChains;
		this.locales = locales;
	}

	@QueryMapping
	SiteView site(@Argument @Nullable Locale locale, GraphQLContext context) {
		return new SiteView(this.site.settings(), this.localeChains.resolve(locale, context),
				this.permalinks.baseUrl());
	}

	@SchemaMapping(typeName = "Site")
	List<SiteService.Label> labels(SiteView site, @Argument @Nullable List<String> keys) {
		return this.site.labels(site.chain(), keys);
	}

	@SchemaMapping(typeName = "Site")
	CompletableFuture<@Nullable ImageView> logo(SiteView site, DataLoader<String, Image> images) {
		return this.images.image(site.settings().logoImageId(), site.chain(), images);
	}

	@SchemaMapping(typeName = "Site")
	CompletableFuture<@Nullable ImageView> socialImage(SiteView site, DataLoader<String, Image> images) {
		return this.images.image(site.settings().socialImageId(), site.chain(), images);
	}

	@QueryMapping
	List<MenuItemView> navigation(@Argument String menu, @Argument @Nullable Locale locale, @ContextValue Caller caller,
			GraphQLContext context) {
		return this.navigation.views(menu, this.localeChains.resolve(locale, context), caller);
	}

	@MutationMapping
	@AdminsOnly
	SiteView updateSite(@Argument @Valid UpdateSiteInput input, @ContextValue Caller caller, GraphQLContext context) {
		return new SiteView(this.site.update(input, caller), this.localeChains.resolve(null, context),
				this.permalinks.baseUrl());
	}

	@MutationMapping
	@AdminsOnly
	List<SiteService.Label> setLabels(@Argument Locale locale, @Argument @Valid List<LabelInput> labels,
			@ContextValue Caller caller) {
		return this.site.setLabels(this.locales.requireSupported(locale, "locale"), labels, caller);
	}

	@MutationMapping
	@AdminsOnly
	List<MenuItemView> setNavigation(@Argument String menu, @Argument @Valid List<MenuItemInput> items,
			@ContextValue Caller caller, GraphQLContext context) {
		this.navigation.set(menu, items, caller);
		return this.navigation.views(menu, this.localeChains.resolve(null, context), caller);
	}

}
