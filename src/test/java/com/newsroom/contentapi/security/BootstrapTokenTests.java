package com.newsroom.contentapi.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.newsroom.contentapi.ContentApiApplication;
import com.newsroom.contentapi.IntegrationTest;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The bootstrap token is a permanent ADMIN credential: too short a value stops start-up,
 * a valid one is warned about.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapTokenTests {

	/**
	 * Starts the service in memory; the exception start-up failed with, or null (the
	 * context is closed).
	 */
	private static Throwable startWith(String bootstrapToken) {
		return catchThrowable(() -> {
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ContentApiApplication.class).run(
					"--server.port=0", "--contentapi.embedded-mongo.path=memory", "--contentapi.sample-content=false",
					"--contentapi.security.bootstrap-token=" + bootstrapToken)) {
				assertThat(context.isActive()).isTrue();
			}
		});
	}

	@Test
	void aBootstrapTokenShorterThan32CharactersStopsStartUpNamingTheProperty() {
		Throwable failure = startWith("change-me-please-0123456789abcd");
		assertThat(failure).as("start-up failure").isNotNull();
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		assertThat(cause.getMessage()).contains("contentapi.security.bootstrap-token", "at least 32 characters")
			.doesNotContain("change-me-please");
	}

	@Test
	void aValidBootstrapTokenIsAcceptedWithAWarningAtStart(CapturedOutput output) {
		assertThat(startWith(IntegrationTest.ADMIN_TOKEN)).isNull();
		assertThat(output.getOut()).containsPattern("WARN .*contentapi.security.bootstrap-token is set");
	}

}
