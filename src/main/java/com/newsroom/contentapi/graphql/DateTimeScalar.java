package com.newsroom.contentapi.graphql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * {@code DateTime}: an ISO-8601 instant with an offset ({@code 2021-11-23T09:30:00Z}).
 * Values are served in UTC; inputs must carry an offset so that "09:30" is never
 * ambiguous. Java side it is an {@link Instant}.
 */
public final class DateTimeScalar {

	public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
		.name("DateTime")
		.coercing(new InstantCoercing())
		.build();

	private DateTimeScalar() {
	}

	private static final class InstantCoercing implements Coercing<Instant, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Instant instant) {
				return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
			}
			if (value instanceof OffsetDateTime dateTime) {
				return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
			}
			throw new CoercingSerializeException("Not a date-time: " + value.getClass().getSimpleName());
		}

		@Override
		public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				return parse(text, CoercingParseValueException::new);
			}
			throw new CoercingParseValueException("DateTime must be an ISO-8601 string with offset");
		}

		@Override
		public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue text) {
				return parse(text.getValue(), CoercingParseLiteralException::new);
			}
			throw new CoercingParseLiteralException("DateTime must be an ISO-8601 string with offset");
		}

		private static <E extends RuntimeException> Instant parse(String text,
				java.util.function.Function<String, E> error) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw error
					.apply("DateTime must be ISO-8601 with offset, e.g. 2021-11-23T09:30:00Z; got '" + text + "'");
			}
		}

	}

}
