package com.newsroom.contentapi.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLTypeUtil;

import com.newsroom.contentapi.graphql.ErrorCode;
import com.newsroom.contentapi.graphql.ResponseCaching;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records, while a request executes, what delivery needs to decide about caching: the
 * operation type and the surrogate keys of what the response contains, by the features'
 * own declarations (the key of every {@link CacheKeyed} value served, and the
 * {@link TypeKey}s of the GraphQL types it holds). It also refuses a mutation sent with
 * GET before it runs (delivery answers HTTP 405). The work per field is a map lookup and
 * an {@code instanceof} check.
 */
@Component
class ExecutionRecorder extends SimplePerformantInstrumentation {

	private static final String KEYS = "contentapi.surrogateKeys";

	private static final String OPERATION = "contentapi.operation";

	/**
	 * Key of a {@code Boolean} in the GraphQL context: the request came as an HTTP GET.
	 */
	static final String GET = "contentapi.httpGet";

	private static final String REFUSED_GET = "contentapi.refusedGet";

	private final Map<String, List<TypeKey>> typeKeys;

	ExecutionRecorder(List<TypeKey> typeKeys) {
		this.typeKeys = typeKeys.stream().collect(Collectors.groupingBy(TypeKey::typeName));
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		OperationDefinition.Operation operation = parameters.getExecutionContext()
			.getOperationDefinition()
			.getOperation();
		context.put(OPERATION, operation);
		context.put(KEYS, ConcurrentHashMap.newKeySet());
		if (operation != OperationDefinition.Operation.QUERY && Boolean.TRUE.equals(context.get(GET))) {
			context.put(REFUSED_GET, Boolean.TRUE);
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.message("Only queries may be sent with GET; send " + operation.name().toLowerCase() + "s with POST")
				.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
				.extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name()))
				.build()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		Set<String> keys = parameters.getExecutionContext().getGraphQLContext().get(KEYS);
		if (keys != null) {
			Object value = parameters.getFetchedObject();
			if (value instanceof FetchedValue fetched) {
				value = fetched.getFetchedValue();
			}
			List<TypeKey> declared = this.typeKeys
				.get(GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName());
			if (declared != null) {
				for (TypeKey typeKey : declared) {
					if (!typeKey.onlyWhenMissing() || value == null) {
						keys.add(typeKey.key());
					}
				}
			}
			if (value instanceof Collection<?> items) {
				items.forEach(item -> add(keys, item));
			}
			else {
				add(keys, value);
			}
		}
		return super.beginFieldCompletion(parameters, state);
	}

	private static void add(Set<String> keys, @Nullable Object value) {
		if (value instanceof CacheKeyed keyed) {
			keys.add(keyed.cacheKey());
		}
	}

	/** What an execution recorded, read once it is complete. */
	static Outcome outcome(GraphQLContext context) {
		Set<String> keys = context.get(KEYS);
		return new Outcome(context.get(OPERATION), (keys != null) ? Set.copyOf(keys) : Set.of(),
				Boolean.TRUE.equals(context.get(ResponseCaching.NO_STORE)),
				Boolean.TRUE.equals(context.get(REFUSED_GET)));
	}

	record Outcome(OperationDefinition.@Nullable Operation operation, Set<String> surrogateKeys, boolean noStore,
			boolean refusedGet) {
	}

}
