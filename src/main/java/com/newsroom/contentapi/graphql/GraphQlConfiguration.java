package com.newsroom.contentapi.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer dateTimeScalar() {
		return wiring -> wiring.scalar(DateTimeScalar.INSTANCE);
	}

}
