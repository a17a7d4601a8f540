package com.newsroom.contentapi.storage;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and editors rely on around the API: health, GraphiQL offline, request
 * limits.
 */
class OperationsTests extends IntegrationTest {

	@Test
	void healthIsUpOnTheEmbeddedStore() {
		http().get()
			.uri("/actuator/health")
			.header("Authorization", "Bearer " + ADMIN_TOKEN)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.mongo.status")
			.isEqualTo("UP");
	}

	@Test
	void graphiqlIsServedWithItsOwnAssets() {
		String page = http().get()
			.uri("/graphiql")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("/graphiql/graphiql.min.js", "/graphiql/react.production.min.js")
			.doesNotContain("https://", "http://");
		for (String asset : new String[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js",
				"react-dom.production.min.js", "graphiql-storage.js", "graphiql-init.js" }) {
			http().get().uri("/graphiql/" + asset).exchange().expectStatus().isOk();
		}
		String init = http().get()
			.uri("/graphiql/graphiql-init.js")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(init).contains("/graphql").contains("Authorization");
	}

	@Test
	void requestBodiesOverTheServerLimitGet413() {
		byte[] body = new byte[17 * 1024 * 1024];
		java.util.Arrays.fill(body, (byte) ' ');
		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.errors[0].extensions.code")
			.isEqualTo("BAD_USER_INPUT");
	}

	@Test
	void syntaxErrorsAreBadUserInputWithoutInternals() {
		this.anonymous.document("{ articles(first: ) }")
			.execute()
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> !error.getMessage().contains("Exception")));
		this.anonymous.document("{ noSuchField }").execute().errors().satisfy(hasError("BAD_USER_INPUT"));
	}

}
