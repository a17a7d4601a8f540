package com.newsroom.contentapi.delivery;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import graphql.GraphQLContext;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.schema.GraphQLTypeUtil;

import com.newsroom.contentapi.article.ArticleView;
import com.newsroom.contentapi.comment.CommentKeys;
import com.newsroom.contentapi.tag.TagView;

import org.springframework.stereotype.Component;

/**
 * Records, while a request executes, the operation type and the surrogate keys of what the response contains:
 * {@code article:<id>} and {@code tag:<id>} for every article and tag served, {@code comment:<id>} for
 * comments, and {@code articles} / {@code tags} when the response holds a list that a new item could join.
 * These keys tag cached responses and go out in the {@code Surrogate-Key} header, so that a write purges exactly
 * what it changed. The work per field is an {@code instanceof} check.
 */
@Component
class ResponseKeys extends SimplePerformantInstrumentation {

	static final String KEYS = "contentapi.surrogateKeys";

	static final String OPERATION = "contentapi.operation";

	@Override
	public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
		context.put(OPERATION, parameters.getExecutionContext().getOperationDefinition().getOperation().name());
		context.put(KEYS, ConcurrentHashMap.newKeySet());
		return super.beginExecuteOperation(parameters, state);
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		Set<String> keys = parameters.getExecutionContext().getGraphQLContext().get(KEYS);
		if (keys != null) {
			String type = GraphQLTypeUtil.unwrapAll(parameters.getField().getType()).getName();
			if (type.equals("ArticleConnection") || type.equals("SearchConnection")) {
				keys.add("articles");
			}
			else if (type.equals("TagConnection")) {
				keys.add("tags");
			}
			Object value = parameters.getFetchedObject();
			if (value instanceof FetchedValue fetched) {
				value = fetched.getFetchedValue();
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

	private static void add(Set<String> keys, Object value) {
		if (value instanceof ArticleView article) {
			keys.add("article:" + article.id());
		}
		else if (value instanceof TagView tag) {
			keys.add("tag:" + tag.id());
		}
		else {
			String comment = CommentKeys.keyOf(value);
			if (comment != null) {
				keys.add(comment);
			}
		}
	}

}
