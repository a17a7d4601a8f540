package com.newsroom.contentapi.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * Keeps request timings per operation ({@code graphql.request}, tagged with the operation name, exported at
 * {@code /actuator/prometheus}) and drops the per-field and per-batch-loader observations Spring for GraphQL
 * would also make: on a headlines page they would cost an observation for every field of every article, which is
 * measurable on the hot path and answers no operational question.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	/**
	 * Tags request timings with the operation name, which front-ends set once per query in their code (a bounded
	 * set); unnamed operations are grouped as {@code anonymous}.
	 */
	@Bean
	ExecutionRequestObservationConvention operationNameTimings() {
		return new DefaultExecutionRequestObservationConvention() {
			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				String name = context.getExecutionInput().getOperationName();
				if (name == null && context.getExecutionContext() != null
						&& context.getExecutionContext().getOperationDefinition() != null) {
					name = context.getExecutionContext().getOperationDefinition().getName();
				}
				return super.getLowCardinalityKeyValues(context)
					.and(KeyValue.of("graphql.operation.name", (name != null && !name.isBlank()) ? name : "anonymous"));
			}
		};
	}

	@Bean
	ObservationPredicate skipFieldLevelGraphQlObservations() {
		return (name, context) -> !name.startsWith("graphql.datafetcher") && !name.startsWith("graphql.dataloader");
	}

}
