package com.newsroom.contentapi.storage;

import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

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

	/**
	 * A body declared larger than the limit is refused before the client sends it: a
	 * client that asks {@code Expect: 100-continue} (as clients uploading large bodies
	 * do) gets the 413 and no {@code 100 Continue}. Without it, whether a client sees the
	 * 413 or a closed connection depends on how much of the body it had sent when the
	 * server closed.
	 */
	@Test
	void requestBodiesOverTheServerLimitGet413() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: " + (17 * 1024 * 1024) + "\r\nExpect: 100-continue\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 413").contains("\"code\":\"BAD_USER_INPUT\"");
		}
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
