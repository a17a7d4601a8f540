package com.newsroom.contentapi.graphql;

import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.storage.CountQuery;
import com.newsroom.contentapi.storage.KeysetWindows;

/**
 * Loads the {@code totalCount}s that {@link TotalCounts} asks for, all of a response at
 * once. Apart from the wiring so that GraphQL test slices, which take every wiring but
 * have no MongoDB, start without it.
 */
@Component
class TotalCountLoader {

	TotalCountLoader(MongoTemplate mongo, BatchLoaderRegistry loaders) {
		loaders.<CountQuery, Long>forName(TotalCounts.LOADER)
			.registerBatchLoader((queries, environment) -> Mono.fromSupplier(() -> KeysetWindows.count(mongo, queries))
				.flatMapIterable(counts -> counts));
	}

}
