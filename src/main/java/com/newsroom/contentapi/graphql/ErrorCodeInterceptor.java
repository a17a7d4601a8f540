package com.newsroom.contentapi.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.GoodFaithIntrospection;
import graphql.introspection.IntrospectionDisabledError;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gives an {@code extensions.code} to the errors that graphql-java raises before any data
 * fetcher runs: syntax errors, validation errors (unknown fields, wrong argument types,
 * malformed scalars such as a bad {@code Locale}) and unknown operations are the client's
 * fault and become {@code BAD_USER_INPUT}; introspection refused by
 * {@code contentapi.graphql.introspection} is {@code FORBIDDEN}; a bad-faith
 * introspection query (graphql-java's good-faith check: repeated {@code __schema}, too
 * many fields or too deep) is {@code QUERY_TOO_COMPLEX}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map(response -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.isEmpty() || errors.stream().allMatch(ErrorCodeInterceptor::hasCode)) {
				return response;
			}
			List<GraphQLError> coded = errors.stream().map(ErrorCodeInterceptor::withCode).toList();
			return response.transform(builder -> builder.errors(coded));
		});
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().containsKey("code");
	}

	private static GraphQLError withCode(GraphQLError error) {
		if (hasCode(error)) {
			return error;
		}
		ErrorCode code = (error instanceof IntrospectionDisabledError) ? ErrorCode.FORBIDDEN
				: (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) ? ErrorCode.QUERY_TOO_COMPLEX
						: isClientError(error.getErrorType()) ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.put("code", code.name());
		String message = (code == ErrorCode.INTERNAL) ? "Internal error"
				: (code == ErrorCode.FORBIDDEN) ? "Introspection is for editors only" : error.getMessage();
		return GraphqlErrorBuilder.newError()
			.message(message)
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(extensions)
			.build();
	}

	private static boolean isClientError(ErrorClassification type) {
		return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
				|| type == ErrorType.OperationNotSupported
				|| type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST;
	}

}
