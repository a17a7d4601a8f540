package com.newsroom.contentapi.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.storage.CountQuery;
import com.newsroom.contentapi.storage.KeysetWindows;

/**
 * {@code totalCount} of every connection type, as its own batched field: the counts a
 * response selects are loaded together ({@link KeysetWindows#count}: one command per kind
 * of list, whatever the number of parents), and a response that does not select
 * {@code totalCount} (the headlines) pays nothing. Features write nothing for it: a
 * connection field returns a {@link Connection}, whose {@link CountQuery} says what to
 * count. The counts are loaded by {@link TotalCountLoader}.
 */
@Component
class TotalCounts implements RuntimeWiringConfigurer {

	static final String LOADER = "totalCount";

	private static final String FIELD = "totalCount";

	@Override
	public void configure(RuntimeWiring.Builder builder) {
	}

	@Override
	public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
		container.add(new WiringFactory() {

			@Override
			public boolean providesDataFetcher(FieldWiringEnvironment environment) {
				return FIELD.equals(environment.getFieldDefinition().getName())
						&& environment.getParentType().getName().endsWith("Connection");
			}

			@Override
			public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
				DataFetcher<?> property = PropertyDataFetcher.fetching(FIELD);
				return fetching -> {
					if (!(fetching.getSource() instanceof Connection<?> connection)) {
						return property.get(fetching);
					}
					if (connection.total() == null) {
						return CompletableFuture.completedFuture(0L);
					}
					DataLoader<CountQuery, Long> counts = fetching.getDataLoader(LOADER);
					return counts.load(connection.total());
				};
			}

		});
	}

}
