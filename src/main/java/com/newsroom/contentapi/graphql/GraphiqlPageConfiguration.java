package com.newsroom.contentapi.graphql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves our own GraphiQL page at {@code /graphiql}.
 * <p>
 * Spring Boot's built-in GraphiQL page ({@code spring.graphql.graphiql.enabled}) loads
 * React, GraphiQL and its CSS from a public CDN, so it shows a blank page wherever the
 * browser has no internet access. Ours is a static page,
 * {@code static/graphiql/index.html}, whose scripts and styles are vendored next to it
 * (see {@code static/graphiql/README.md} for versions and how to refresh them), so it
 * works offline. It also shows GraphiQL's headers editor, where an editor sets
 * {@code Authorization: Bearer <token>}.
 * <p>
 * The application sets {@code spring.graphql.graphiql.enabled=false} so that Boot's page
 * does not claim the same path. The assets themselves ({@code /graphiql/*.js},
 * {@code /graphiql/*.css}) are served by Boot's default static resource handling; this
 * class only maps the page's short URLs onto {@code index.html}.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPageConfiguration implements WebMvcConfigurer {

	private static final String GRAPHIQL_PAGE = "forward:/graphiql/index.html";

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// Trailing-slash matching is off by default since Spring Framework 6, so map both
		// forms.
		registry.addViewController("/graphiql").setViewName(GRAPHIQL_PAGE);
		registry.addViewController("/graphiql/").setViewName(GRAPHIQL_PAGE);
	}

}
