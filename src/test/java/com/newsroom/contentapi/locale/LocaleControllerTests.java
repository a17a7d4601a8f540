package com.newsroom.contentapi.locale;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.graphql.DateTimeScalar;
import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.graphql.PagingProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The language switcher's query in a GraphQL slice (no store, no HTTP, no security): the
 * supported locales as configured, with their direction, fallback chain and the default,
 * through the schema's own types.
 */
@GraphQlTest(controllers = LocaleController.class,
		properties = { "contentapi.locales.supported=ar,fr,en", "contentapi.locales.default-locale=fr",
				"contentapi.locales.fallbacks.ar=fr" })
@Import({ LocaleCatalog.class, LocaleControllerTests.Scalars.class })
@EnableConfigurationProperties({ LocaleProperties.class, GraphQlProperties.class, PagingProperties.class })
class LocaleControllerTests {

	@Autowired
	GraphQlTester graphQl;

	@Test
	void localesListEachSupportedLocaleWithDirectionAndFallbacks() {
		this.graphQl.document("{ locales { tag direction fallbacks isDefault } }")
			.execute()
			.path("locales[*].tag")
			.entityList(String.class)
			.containsExactly("ar", "fr", "en")
			.path("locales[0].direction")
			.entity(String.class)
			.isEqualTo("RTL")
			.path("locales[0].fallbacks")
			.entityList(String.class)
			.containsExactly("fr")
			.path("locales[1].isDefault")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("locales[2].direction")
			.entity(String.class)
			.isEqualTo("LTR");
	}

	/**
	 * The schema's scalars, which the service wires in configurations outside this slice.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Scalars {

		@Bean
		RuntimeWiringConfigurer scalars() {
			return wiring -> wiring.scalar(DateTimeScalar.INSTANCE)
				.scalar(LocaleScalar.INSTANCE)
				.scalar(com.newsroom.contentapi.graphql.JsonScalar.INSTANCE);
		}

	}

}
