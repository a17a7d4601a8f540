package com.newsroom.contentapi.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.stereotype.Component;

/**
 * Refuses abusive documents after validation and before anything executes: too deep, too
 * complex, too many aliases or operations. Complexity counts every field once per time it
 * can resolve: a connection field ({@code …Connection}), or a list with a {@code first}
 * argument, multiplies what it contains by its page size ({@code first}/{@code last},
 * else the default page size). A headlines page of 20 with tags costs about 150. Refusals
 * are {@code QUERY_TOO_COMPLEX}. Introspection is measured by graphql-java's own
 * good-faith check instead (see {@link #isIntrospection}).
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final GraphQlProperties limits;

	private final PagingProperties paging;

	QueryLimits(GraphQlProperties limits, PagingProperties paging) {
		this.limits = limits;
		this.paging = paging;
	}

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		int operations = context.getDocument().getDefinitionsOfType(OperationDefinition.class).size();
		if (operations > this.limits.maxOperations()) {
			throw tooComplex("The document has " + operations + " operations; at most " + this.limits.maxOperations()
					+ " are allowed", Map.of("operations", operations));
		}
		Measure measure = measure(context);
		if (measure.depth > this.limits.maxDepth()) {
			throw tooComplex("Query depth " + measure.depth + " exceeds the maximum of " + this.limits.maxDepth(),
					Map.of("depth", measure.depth, "maxDepth", this.limits.maxDepth()));
		}
		if (measure.complexity > this.limits.maxComplexity()) {
			throw tooComplex(
					"Query complexity " + measure.complexity + " exceeds the maximum of " + this.limits.maxComplexity(),
					Map.of("complexity", measure.complexity, "maxComplexity", this.limits.maxComplexity()));
		}
		if (measure.aliases > this.limits.maxAliases()) {
			throw tooComplex("The query uses " + measure.aliases + " aliases; at most " + this.limits.maxAliases()
					+ " are allowed", Map.of("aliases", measure.aliases));
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private Measure measure(ExecutionContext context) {
		Measure measure = new Measure();
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(context.getGraphQLSchema())
			.document(context.getDocument())
			.operationName(context.getOperationDefinition().getName())
			.coercedVariables(context.getCoercedVariables())
			.build();
		traverser.visitPreOrder(new QueryVisitorStub() {
			@Override
			public void visitField(QueryVisitorFieldEnvironment env) {
				if (env.isTypeNameIntrospectionField() || isIntrospection(env)) {
					return;
				}
				int depth = 1;
				long multiplier = 1;
				for (QueryVisitorFieldEnvironment parent = env.getParentEnvironment(); parent != null; parent = parent
					.getParentEnvironment()) {
					if (isIntrospection(parent)) {
						return;
					}
					depth++;
					multiplier = Math.min(Long.MAX_VALUE / 1000, multiplier * pageSize(parent));
				}
				measure.depth = Math.max(measure.depth, depth);
				measure.complexity += multiplier;
				if (env.getField().getAlias() != null) {
					measure.aliases++;
				}
			}
		});
		return measure;
	}

	/**
	 * {@code __schema} and {@code __type} trees are left to graphql-java's good-faith
	 * introspection check (at most one of each, bounded fields and depth), so that
	 * whoever may introspect can run the standard introspection queries of graphql-js and
	 * GraphiQL (depth 15); a bad-faith one is {@code QUERY_TOO_COMPLEX}.
	 */
	private static boolean isIntrospection(QueryVisitorFieldEnvironment field) {
		String name = field.getField().getName();
		return name.equals("__schema") || name.equals("__type");
	}

	/**
	 * How many times the children of this field can resolve: its page size if it is a
	 * connection or a list sized by {@code first} ({@code Article.related}), else 1.
	 */
	private long pageSize(QueryVisitorFieldEnvironment field) {
		GraphQLNamedType type = GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType());
		boolean pagedList = GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()))
				&& field.getFieldDefinition().getArgument("first") != null;
		if (!type.getName().endsWith("Connection") && !pagedList) {
			return 1;
		}
		Object first = field.getArguments().get("first");
		Object last = field.getArguments().get("last");
		Object size = (first != null) ? first : last;
		return (size instanceof Number number) ? Math.max(1, number.longValue()) : this.paging.defaultSize();
	}

	private static AbortExecutionException tooComplex(String message, Map<String, Object> details) {
		Map<String, Object> extensions = new java.util.LinkedHashMap<>(details);
		extensions.put("code", ErrorCode.QUERY_TOO_COMPLEX.name());
		List<GraphQLError> errors = new ArrayList<>();
		errors.add(GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.extensions(extensions)
			.build());
		return new AbortExecutionException(errors);
	}

	private static final class Measure {

		int depth;

		long complexity;

		int aliases;

	}

}
