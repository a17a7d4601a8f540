package com.newsroom.contentapi.delivery;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Tells the execution how the request came ({@link ExecutionRecorder#GET}), from what the
 * filter read.
 */
@Component
class DeliveryInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (request.getAttributes().get(Exchange.ATTRIBUTE) instanceof Exchange exchange && exchange.get()) {
			request.configureExecutionInput(
					(input, builder) -> builder.graphQLContext(java.util.Map.of(ExecutionRecorder.GET, true)).build());
		}
		return chain.next(request);
	}

}
