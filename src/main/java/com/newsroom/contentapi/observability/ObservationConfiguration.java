package com.newsroom.contentapi.observability;

import java.util.Set;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationPredicate;

import com.newsroom.contentapi.graphql.Documents;
import com.newsroom.contentapi.graphql.GraphQlProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * Keeps request timings per operation ({@code graphql.request}, tagged with the operation
 * name, exported at {@code /actuator/prometheus}) and drops the per-field and
 * per-batch-loader observations Spring for GraphQL would also make: on a headlines page
 * they would cost an observation for every field of every article, which is measurable on
 * the hot path and answers no operational question.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

	/**
	 * Tags request timings with the name of the operation that ran, when it comes from a
	 * document registered by a trusted caller (a persisted query) or is listed in
	 * {@code contentapi.graphql.metric-operation-names}: a bounded set that operators
	 * chose. Anything else, a name any client can invent, is {@code other}, and unnamed
	 * operations are {@code anonymous}, so no request can add timers.
	 */
	@Bean
	ExecutionRequestObservationConvention operationNameTimings(GraphQlProperties properties) {
		Set<String> configured = Set.copyOf(properties.metricOperationNames());
		return new DefaultExecutionRequestObservationConvention() {
			@Override
			public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
				String name = (context.getExecutionContext() != null
						&& context.getExecutionContext().getOperationDefinition() != null)
								? context.getExecutionContext().getOperationDefinition().getName() : null;
				boolean registered = Boolean.TRUE
					.equals(context.getExecutionInput().getGraphQLContext().get(Documents.REGISTERED_DOCUMENT));
				String tag = (name == null || name.isBlank()) ? "anonymous"
						: (registered || configured.contains(name)) ? name : "other";
				return super.getLowCardinalityKeyValues(context).and(KeyValue.of("graphql.operation.name", tag));
			}
		};
	}

	@Bean
	ObservationPredicate skipFieldLevelGraphQlObservations() {
		return (name, context) -> !name.startsWith("graphql.datafetcher") && !name.startsWith("graphql.dataloader");
	}

}
