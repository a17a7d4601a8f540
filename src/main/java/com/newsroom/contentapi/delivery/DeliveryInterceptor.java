package com.newsroom.contentapi.delivery;

import java.util.Set;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Hands what {@link ResponseKeys} recorded (operation type, surrogate keys) and whether the response has errors
 * to the HTTP layer, through the {@link ExecutionOutcome} that {@link GraphQlHttpFilter} attached to the request.
 */
@Component
class DeliveryInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Object outcome = request.getAttributes().get(ExecutionOutcome.ATTRIBUTE);
		if (!(outcome instanceof ExecutionOutcome record)) {
			return chain.next(request);
		}
		return chain.next(request).doOnNext(response -> {
			graphql.GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			Set<String> keys = context.get(ResponseKeys.KEYS);
			record.surrogateKeys = (keys != null) ? Set.copyOf(keys) : Set.of();
			record.operation = context.get(ResponseKeys.OPERATION);
			record.hasErrors = !response.getExecutionResult().getErrors().isEmpty();
			record.noStore = Boolean.TRUE.equals(context.get(com.newsroom.contentapi.graphql.ResponseCaching.NO_STORE));
		});
	}

}
