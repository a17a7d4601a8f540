package com.newsroom.contentapi.site;

import java.util.Set;

import com.newsroom.contentapi.delivery.ContentChangedEvent;
import com.newsroom.contentapi.delivery.TypeKey;
import com.newsroom.contentapi.delivery.WatchedCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the site's settings, labels and menus take part in response caching: a response
 * showing the settings carries {@code site:settings}; any label, {@code labels} (a label
 * added in any locale may change what a chain finds); any menu entry, {@code menus}.
 * Another instance's writes arrive through the change stream.
 */
@Configuration(proxyBeanMethods = false)
class SiteCacheKeys {

	static final String SITE = "site:";

	static final String LABELS = "labels";

	static final String LABEL_SET = "labels:";

	static final String MENUS = "menus";

	static final String MENU = "menu:";

	static ContentChangedEvent settingsChanged() {
		return ContentChangedEvent.of(SITE + SiteSettings.ID);
	}

	static ContentChangedEvent labelsChanged(String locale) {
		return ContentChangedEvent.of(LABEL_SET + locale, LABELS);
	}

	static ContentChangedEvent menuChanged(String name) {
		return ContentChangedEvent.of(MENU + name, MENUS);
	}

	@Bean
	TypeKey labelKey() {
		return TypeKey.always("Label", LABELS);
	}

	@Bean
	TypeKey menuItemKey() {
		return TypeKey.always("MenuItem", MENUS);
	}

	@Bean
	WatchedCollection watchedSite() {
		return new WatchedCollection("site", id -> Set.of(SITE + id));
	}

	@Bean
	WatchedCollection watchedLabels() {
		return new WatchedCollection("site_labels", id -> Set.of(LABEL_SET + id, LABELS));
	}

	@Bean
	WatchedCollection watchedMenus() {
		return new WatchedCollection("site_menus", id -> Set.of(MENU + id, MENUS));
	}

}
