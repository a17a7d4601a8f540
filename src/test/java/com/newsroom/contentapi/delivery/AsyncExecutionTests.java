package com.newsroom.contentapi.delivery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The delivery headers, the ETag and the response cache when Spring for GraphQL answers
 * in an async dispatch. That is what happens on Java 21+, where virtual threads are on
 * and Boot runs blocking controller methods on its task executor; on Java 17 the
 * execution finishes on the request thread. This context sets up the same executor on any
 * Java, so that the async path is tested where the build runs (before this test, every
 * response on Java 21+ had an empty body).
 */
@Import(AsyncExecutionTests.ControllersOnAnExecutor.class)
class AsyncExecutionTests extends IntegrationTest {

	private static final String HEADLINES = "{ articles(first: 20, locale: \"fr\") { edges { node { id title tags { name } commentCount } } } }";

	@TestConfiguration
	static class ControllersOnAnExecutor {

		static final AtomicInteger tasks = new AtomicInteger();

		@Bean
		static BeanPostProcessor controllersOnAnExecutor() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessBeforeInitialization(Object bean, String beanName) {
					if (bean instanceof AnnotatedControllerConfigurer configurer) {
						SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("graphql-controller-");
						configurer.setExecutor(task -> {
							tasks.incrementAndGet();
							executor.execute(task);
						});
						configurer.setBlockingMethodPredicate(method -> true);
					}
					return bean;
				}
			};
		}

	}

	@Test
	void anonymousResponsesKeepTheirBodyHeadersAndEtag() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		String id = createPublishedArticle(List.of(translation("fr", "Réponse différée", "Texte")), List.of("maroc"));
		int tasksBefore = ControllersOnAnExecutor.tasks.get();

		EntityExchangeResult<String> first = post(HEADLINES);

		assertThat(ControllersOnAnExecutor.tasks.get()).as("controller methods ran on the executor")
			.isGreaterThan(tasksBefore);
		assertThat(first.getStatus().value()).isEqualTo(200);
		assertThat(first.getResponseBody()).contains("\"title\":\"Réponse différée\"", "\"name\":\"Maroc\"");
		assertThat(first.getResponseHeaders().getCacheControl())
			.isEqualTo("public, max-age=30, stale-while-revalidate=60");
		assertThat(first.getResponseHeaders().getFirst("Surrogate-Key")).contains("article:" + id);
		assertThat(first.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).matches("\"[A-Za-z0-9_-]{32}\"");

		EntityExchangeResult<String> second = post(HEADLINES);
		assertThat(second.getResponseHeaders().getFirst("X-Cache")).isEqualTo("HIT");
		assertThat(second.getResponseBody()).isEqualTo(first.getResponseBody());

		http().post()
			.uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header("If-None-Match", etag)
			.bodyValue(Map.of("query", HEADLINES))
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectBody()
			.isEmpty();
	}

	@Test
	void authenticatedResponsesAndMutationsKeepTheirBodyAndAreNotStored() {
		EntityExchangeResult<String> mutation = post(
				"mutation { createTag(input: { slug: \"differee\", names: [{ locale: \"fr\", name: \"Différée\" }] }) { slug } }",
				"Authorization", "Bearer " + ADMIN_TOKEN);
		assertThat(mutation.getResponseBody()).contains("\"slug\":\"differee\"");
		assertThat(mutation.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");

		EntityExchangeResult<String> editor = post("{ tag(slug: \"differee\", locale: \"fr\") { name } }",
				"Authorization", "Bearer " + ADMIN_TOKEN);
		assertThat(editor.getResponseBody()).contains("Différée");
		assertThat(editor.getResponseHeaders().getCacheControl()).isEqualTo("private, no-store");
		assertThat(editor.getResponseHeaders().getETag()).isNull();
	}

}
