package com.newsroom.contentapi.graphql;

import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code JSON}: an object served as it is (structured data for a page's
 * {@code <script type="application/ld+json">}). Output only: an argument of this type is
 * refused.
 */
public final class JsonScalar {

	public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("JSON")
		.coercing(new ObjectCoercing())
		.build();

	private JsonScalar() {
	}

	private static final class ObjectCoercing implements Coercing<Map<String, Object>, Map<String, Object>> {

		@Override
		@SuppressWarnings("unchecked")
		public Map<String, Object> serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
			throw new CoercingSerializeException("Not a JSON object: " + value.getClass().getSimpleName());
		}

		@Override
		public Map<String, Object> parseValue(Object input, GraphQLContext context, Locale locale) {
			throw new CoercingParseValueException("JSON is an output type");
		}

		@Override
		public Map<String, Object> parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			throw new CoercingParseLiteralException("JSON is an output type");
		}

	}

}
