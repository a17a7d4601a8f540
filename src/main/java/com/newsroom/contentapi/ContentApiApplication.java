package com.newsroom.contentapi;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Headless content API for newsrooms: localised articles and tags stored in MongoDB and
 * served over GraphQL.
 */
// API tokens are the only credentials (security/SecurityConfiguration): no generated user
// and password
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class ContentApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(ContentApiApplication.class, args);
	}

	/**
	 * One clock for the whole service, so that time-dependent behaviour can be tested
	 * with a fixed clock.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
