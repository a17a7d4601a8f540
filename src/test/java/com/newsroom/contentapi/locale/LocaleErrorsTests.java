package com.newsroom.contentapi.locale;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.graphql.ApiException;
import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.graphql.PagingProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The error contract of a field in a GraphQL slice: an {@link ApiException} reaches the
 * client with its code and message, anything else as {@code INTERNAL} without its message
 * (no driver detail).
 */
@GraphQlTest(controllers = LocaleController.class)
@Import(LocaleControllerTests.Scalars.class)
@EnableConfigurationProperties({ GraphQlProperties.class, PagingProperties.class })
class LocaleErrorsTests {

	@Autowired
	GraphQlTester graphQl;

	@MockitoBean
	LocaleCatalog catalog;

	@Test
	void aClientErrorKeepsItsCodeAndMessage() {
		given(this.catalog.infos()).willThrow(ApiException.badInput("locale", "'xx' is not a supported locale"));
		this.graphQl.document("{ locales { tag } }").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT");
				assertThat(error.getMessage()).contains("'xx' is not a supported locale");
			});
		});
	}

	@Test
	void anythingElseIsInternalWithoutItsMessage() {
		given(this.catalog.infos()).willThrow(new IllegalStateException("Timed out after 30000 ms on mongo-7:27017"));
		this.graphQl.document("{ locales { tag } }").execute().errors().satisfy(errors -> {
			assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getExtensions()).containsEntry("code", "INTERNAL");
				assertThat(error.getMessage()).doesNotContain("mongo-7", "30000");
			});
		});
	}

}
