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
 * A limit holds for the whole deployment: two service instances on one store (the second connects to the first's
 * embedded MongoDB, as instances share a real one) count into the same windows.
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

}
