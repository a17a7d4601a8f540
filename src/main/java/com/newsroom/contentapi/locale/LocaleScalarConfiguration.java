package com.newsroom.contentapi.locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

@Configuration(proxyBeanMethods = false)
class LocaleScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer localeScalar() {
		return wiring -> wiring.scalar(LocaleScalar.INSTANCE);
	}

}
