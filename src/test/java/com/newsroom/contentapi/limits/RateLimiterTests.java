package com.newsroom.contentapi.limits;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.ContentApiApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A limit holds for the whole deployment: two service instances on one store (the second
 * connects to the first's embedded MongoDB, as instances share a real one) count into the
 * same windows.
 */
class RateLimiterTests {

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = new SpringApplicationBuilder(ContentApiApplication.class).run("--server.port=0",
				"--contentapi.embedded-mongo.path=memory", "--contentapi.sample-content=false");
		InetSocketAddress store = first.getBean(MongoServer.class).getLocalAddress();
		second = new SpringApplicationBuilder(ContentApiApplication.class).run("--server.port=0",
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + store.getPort() + "/contentapi",
				"--contentapi.sample-content=false");
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void aLimitHoldsAcrossInstances() {
		List<RateLimiter> instances = List.of(first.getBean(RateLimiter.class), second.getBean(RateLimiter.class));
		String key = "test:" + System.nanoTime();
		List<Boolean> allowed = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			allowed.add(instances.get(i % 2).acquire(key, 5, Duration.ofMinutes(10)).allowed());
		}
		assertThat(allowed.stream().filter(Boolean::booleanValue).count()).isEqualTo(5);
		RateLimiter.Decision refused = instances.get(1).acquire(key, 5, Duration.ofMinutes(10));
		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 600L);
	}

	@Test
	void keysAreCountedApart() {
		RateLimiter limiter = first.getBean(RateLimiter.class);
		String key = "test:" + System.nanoTime();
		assertThat(limiter.acquire(key + ":a", 1, Duration.ofMinutes(10)).allowed()).isTrue();
		assertThat(limiter.acquire(key + ":a", 1, Duration.ofMinutes(10)).allowed()).isFalse();
		assertThat(limiter.acquire(key + ":b", 1, Duration.ofMinutes(10)).allowed()).isTrue();
	}

	@Test
	void theWindowSlidesRequestByRequest() {
		org.springframework.data.mongodb.core.MongoTemplate mongo = first
			.getBean(org.springframework.data.mongodb.core.MongoTemplate.class);
		java.time.Instant start = java.time.Instant.parse("2030-01-01T10:00:30Z");
		java.util.function.Function<Integer, RateLimiter> at = seconds -> new RateLimiter(mongo,
				java.time.Clock.fixed(start.plusSeconds(seconds), java.time.ZoneOffset.UTC));
		String key = "test:" + System.nanoTime();
		Duration minute = Duration.ofMinutes(1);
		assertThat(at.apply(0).acquire(key, 2, minute).allowed()).isTrue();
		assertThat(at.apply(40).acquire(key, 2, minute).allowed()).isTrue();
		RateLimiter.Decision third = at.apply(50).acquire(key, 2, minute);
		assertThat(third.allowed()).as("two in the last minute").isFalse();
		assertThat(third.retryAfterSeconds()).isEqualTo(10);
		assertThat(at.apply(61).acquire(key, 2, minute).allowed()).as("the first has left the minute").isTrue();
		assertThat(at.apply(62).acquire(key, 2, minute).allowed()).as("40 s and 61 s are within it").isFalse();
		assertThat(at.apply(101).acquire(key, 2, minute).allowed()).isTrue();
	}

}
