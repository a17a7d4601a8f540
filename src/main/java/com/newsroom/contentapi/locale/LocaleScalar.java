package com.newsroom.contentapi.locale;

import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code Locale}: a BCP 47 language tag. A malformed tag is rejected while the request is
 * validated, so it reaches clients as {@code BAD_USER_INPUT}; whether the locale is
 * supported is decided later, by the chain.
 */
public final class LocaleScalar {

	public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("Locale")
		.coercing(new LocaleCoercing())
		.build();

	private LocaleScalar() {
	}

	private static final class LocaleCoercing implements Coercing<Locale, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			return (value instanceof Locale l) ? l.toLanguageTag() : value.toString();
		}

		@Override
		public Locale parseValue(Object input, GraphQLContext context, Locale locale) {
			try {
				return LocaleTags.parse(String.valueOf(input));
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseValueException(ex.getMessage());
			}
		}

		@Override
		public Locale parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (!(input instanceof StringValue text)) {
				throw new CoercingParseLiteralException("A locale must be a string");
			}
			try {
				return LocaleTags.parse(text.getValue());
			}
			catch (IllegalArgumentException ex) {
				throw new CoercingParseLiteralException(ex.getMessage());
			}
		}

	}

}
