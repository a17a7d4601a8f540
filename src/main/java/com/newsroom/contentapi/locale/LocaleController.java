package com.newsroom.contentapi.locale;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Lists the supported locales so that clients can build a language switcher. */
@Controller
class LocaleController {

	private final LocaleCatalog catalog;

	LocaleController(LocaleCatalog catalog) {
		this.catalog = catalog;
	}

	@QueryMapping
	List<LocaleInfo> locales() {
		return this.catalog.infos();
	}

}
