package com.newsroom.contentapi.graphql;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distinct documents cannot exhaust memory: the document cache is bounded by the
 * characters it holds (a small bound here), documents that fail to parse or validate are
 * never kept, and the parser stops at its token limit.
 */
@TestPropertySource(
		properties = { "contentapi.graphql.document-cache-max-chars=100000", "contentapi.graphql.max-tokens=500" })
class DocumentCacheTests extends IntegrationTest {

	@Autowired
	private Documents documents;

	@Test
	void fiveHundredDistinctLargeQueriesStayWithinTheBound() {
		for (int i = 0; i < 500; i++) {
			String query = "{ locales { tag } } # " + i + " " + "x".repeat(5_000);
			assertThat(post(query).getResponseBody()).contains("\"tag\":\"ar\"");
		}
		assertThat(this.documents.cachedChars()).isLessThanOrEqualTo(100_000).isGreaterThan(0);
	}

	@Test
	void invalidDocumentsAreNotKept() {
		long before = this.documents.cachedDocuments();
		for (int i = 0; i < 50; i++) {
			assertThat(post("{ noSuchField" + i + " }").getResponseBody()).contains("BAD_USER_INPUT");
			assertThat(post("{ locales { " + i).getResponseBody()).contains("BAD_USER_INPUT");
		}
		assertThat(this.documents.cachedDocuments()).isEqualTo(before);
	}

	@Test
	void theParserStopsAtItsTokenLimit() {
		String query = "{ " + "locales { tag } ".repeat(200) + "}";
		assertThat(post(query).getResponseBody()).contains("BAD_USER_INPUT").doesNotContain("\"data\"");
	}

}
