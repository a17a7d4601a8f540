package com.newsroom.contentapi.delivery;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.filter.ServerHttpObservationFilter;

@Configuration(proxyBeanMethods = false)
class DeliveryConfiguration {

	/** Replaces Boot's handler (it backs off when one is defined). */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json, ResponseCache cache,
			ResponseWriter writer) {
		return new DeliveryHandler(handler, json, cache, writer);
	}

	/**
	 * Spring's HTTP server observation after delivery's filters ({@link FilterOrder}), so
	 * that a response from the cache does not build its observation context (it is timed
	 * by {@link HttpTimings}).
	 */
	@Bean
	static BeanPostProcessor httpObservationAfterDelivery() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					registration.setOrder(FilterOrder.HTTP_OBSERVATION);
				}
				return bean;
			}
		};
	}

}
