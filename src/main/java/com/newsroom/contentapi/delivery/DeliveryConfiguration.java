package com.newsroom.contentapi.delivery;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	/** Replaces Boot's handler (it backs off when one is defined). */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json, ResponseCache cache,
			ResponseWriter writer) {
		return new DeliveryHandler(handler, json, cache, writer);
	}

}
