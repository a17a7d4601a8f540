package com.newsroom.contentapi.graphql;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Relay connection. {@code totalCount} is computed only when a client selects it (the
 * GraphQL runtime calls {@link #totalCount()} lazily), so the hot headlines query pays no
 * count command.
 */
public final class Connection<T> {

	private final List<Edge<T>> edges;

	private final PageInfo pageInfo;

	private final LongSupplier totalCount;

	public Connection(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier totalCount) {
		this.edges = edges;
		this.pageInfo = pageInfo;
		this.totalCount = totalCount;
	}

	public List<Edge<T>> edges() {
		return this.edges;
	}

	public PageInfo pageInfo() {
		return this.pageInfo;
	}

	public long totalCount() {
		return this.totalCount.getAsLong();
	}

	public record Edge<T>(T node, String cursor) {
	}

	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
