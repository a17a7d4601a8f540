package com.newsroom.contentapi.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.bson.Document;

import org.jspecify.annotations.Nullable;

/**
 * The first {@code count} documents of a stream in a MongoDB sort order, found in one
 * pass with a bounded heap instead of sorting every match: what MongoDB itself does for a
 * sort with a limit ("top-k sort"), and what this store does when no declared index
 * serves the sort ({@link OrderedViews}).
 * <p>
 * mongo-java-server sorts all matching documents before it applies the limit; for "the 20
 * newest of 1,000 published articles" that sort was most of the cost of the query. Here
 * each document's sort values are read once and only {@code count} documents are kept.
 * The order is exactly the library's ({@link SortOrder}), and ties keep their scan order,
 * as the library's stable sort does.
 */
final class FirstInOrder {

	private FirstInOrder() {
	}

	/**
	 * Whether a query can be answered this way: sorted on fields (not in {@code $natural}
	 * order) and limited to a page that is small enough to hold.
	 */
	static boolean applies(@Nullable Document orderBy, int skip, int limit) {
		return isFieldOrder(orderBy) && limit > 0 && skip >= 0 && (long) skip + limit <= Integer.MAX_VALUE - 1;
	}

	/**
	 * Whether a sort document orders by fields (rather than being empty or
	 * {@code $natural}).
	 */
	static boolean isFieldOrder(@Nullable Document orderBy) {
		return orderBy != null && !orderBy.isEmpty() && !orderBy.keySet().iterator().next().equals("$natural");
	}

	/**
	 * The first {@code count} documents of {@code documents} in {@code orderBy} order,
	 * sorted.
	 */
	static List<Document> select(Stream<Document> documents, Document orderBy, int count) {
		SortOrder order = SortOrder.of(orderBy);
		Comparator<Keyed> byValues = (a, b) -> order.compare(a.values, b.values);
		Comparator<Keyed> inOrder = byValues.thenComparingLong(Keyed::position);
		// the heap's head is the last of the documents kept so far
		PriorityQueue<Keyed> kept = new PriorityQueue<>(Math.min(count, 1024) + 1, inOrder.reversed());
		long[] position = { 0 };
		documents.forEachOrdered(document -> {
			Keyed keyed = new Keyed(order.valuesOf(document), position[0]++, document);
			if (kept.size() < count) {
				kept.add(keyed);
			}
			else if (byValues.compare(keyed, kept.peek()) < 0) {
				// strictly before the last one kept: a tie comes later in scan order, so
				// it stays out
				kept.poll();
				kept.add(keyed);
			}
		});
		List<Keyed> first = new ArrayList<>(kept);
		first.sort(inOrder);
		return first.stream().map(Keyed::document).toList();
	}

	private record Keyed(Object[] values, long position, Document document) {
	}

}
