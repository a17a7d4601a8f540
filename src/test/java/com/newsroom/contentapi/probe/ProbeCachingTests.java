package com.newsroom.contentapi.probe;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;
import com.newsroom.contentapi.delivery.ContentChangedEvent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The surrogate-key API works for a type that delivery has never heard of. */
class ProbeCachingTests extends IntegrationTest {

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void aTypeDefinedOutsideDeliveryIsCachedAndPurgedByItsOwnKey() {
		ProbeController.VALUES.put("1", "first");
		String query = "{ probe(id: \"1\") { value } }";
		EntityExchangeResult<String> miss = post(query);
		assertThat(miss.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
		assertThat(miss.getResponseHeaders().getFirst("Surrogate-Key")).isEqualTo("probe:1");
		ProbeController.VALUES.put("1", "second");
		assertThat(post(query).getResponseBody()).as("served from the cache").contains("first");
		this.events.publishEvent(ContentChangedEvent.of("probe:2"));
		assertThat(post(query).getResponseBody()).as("another probe's change").contains("first");
		this.events.publishEvent(ContentChangedEvent.of("probe:1"));
		EntityExchangeResult<String> purged = post(query);
		assertThat(purged.getResponseBody()).contains("second");
		assertThat(purged.getResponseHeaders().getFirst("X-Cache")).isEqualTo("MISS");
	}

}
