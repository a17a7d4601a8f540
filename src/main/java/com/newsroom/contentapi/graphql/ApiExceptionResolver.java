package com.newsroom.contentapi.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

import com.newsroom.contentapi.storage.InvalidScrollPosition;

/**
 * The one place where exceptions thrown while fetching data become GraphQL errors. Every
 * error gets an {@code extensions.code}; unexpected failures are logged with an id and
 * reported as {@code INTERNAL} without their message, so no stack trace or driver message
 * ever reaches a client. A refusal by method security is {@code UNAUTHENTICATED} without
 * a token and {@code FORBIDDEN} with a token of another role.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring for GraphQL's own security resolver,
									// which sets no code
public class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionResolver.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof ApiException api) {
			return error(env, api.code(), api.getMessage(), api.extensions());
		}
		if (ex instanceof AuthenticationException) {
			return error(env, ErrorCode.UNAUTHENTICATED, ApiException.unauthenticated().getMessage(), Map.of());
		}
		if (ex instanceof AccessDeniedException) {
			return error(env, ErrorCode.FORBIDDEN, "The role of this API token does not allow this operation",
					Map.of());
		}
		if (ex instanceof ConstraintViolationException violations) {
			return invalidInput(env, violations);
		}
		if (ex instanceof InvalidScrollPosition) {
			String argument = (env.getArgument("before") != null) ? "before" : "after";
			ApiException invalid = Cursors.invalid(argument);
			return error(env, invalid.code(), invalid.getMessage(), invalid.extensions());
		}
		if (ex instanceof BindException binding) {
			String fields = binding.getFieldErrors().stream().map(e -> e.getField()).collect(Collectors.joining(", "));
			return error(env, ErrorCode.BAD_USER_INPUT, "Invalid value for " + fields, Map.of("field", fields));
		}
		if (ex instanceof DuplicateKeyException) {
			return error(env, ErrorCode.CONFLICT, "A value that must be unique is already taken", Map.of());
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(env, ErrorCode.CONFLICT, "The document was changed by someone else; reload and retry",
					Map.of());
		}
		String incident = UUID.randomUUID().toString();
		logger.error("Unexpected error in {} (incident {})", env.getExecutionStepInfo().getPath(), incident, ex);
		return error(env, ErrorCode.INTERNAL, "Internal error (incident " + incident + ")", Map.of());
	}

	private GraphQLError invalidInput(DataFetchingEnvironment env, ConstraintViolationException ex) {
		ConstraintViolation<?> first = ex.getConstraintViolations().iterator().next();
		String field = argumentPath(first.getPropertyPath());
		String message = ex.getConstraintViolations()
			.stream()
			.map(v -> argumentPath(v.getPropertyPath()) + ": " + v.getMessage())
			.sorted()
			.collect(Collectors.joining("; "));
		return error(env, ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
	}

	/**
	 * Drops the controller method name from a validation path:
	 * {@code createArticle.input.title → input.title}.
	 */
	private static String argumentPath(Path path) {
		String full = path.toString();
		int dot = full.indexOf('.');
		return (dot < 0) ? full : full.substring(dot + 1);
	}

	static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message,
			Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>(extensions);
		all.put("code", code.name());
		return GraphqlErrorBuilder.newError(env)
			.errorType(classification(code))
			.message(message)
			.extensions(all)
			.build();
	}

	static ErrorType classification(ErrorCode code) {
		return switch (code) {
			case BAD_USER_INPUT, CONFLICT, CHALLENGE_FAILED, RATE_LIMITED, QUERY_TOO_COMPLEX,
					PERSISTED_QUERY_NOT_FOUND ->
				ErrorType.BAD_REQUEST;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case UNAUTHENTICATED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case INTERNAL -> ErrorType.INTERNAL_ERROR;
		};
	}

}
