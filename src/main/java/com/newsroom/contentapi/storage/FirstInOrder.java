package com.newsroom.contentapi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

import org.springframework.lang.Nullable;

/**
 * The first {@code count} documents of a stream in a MongoDB sort order, found in one pass with a bounded heap
 * instead of sorting every match: what MongoDB itself does for a sort with a limit ("top-k sort").
 * <p>
 * mongo-java-server sorts all matching documents before it applies the limit, comparing with a comparator that
 * looks the sort fields up again on every comparison; for "the 20 newest of 1,000 published articles" that sort
 * was most of the cost of the query. Here each document's sort values are read once and only {@code count}
 * documents are kept. The order is exactly the library's: the same field values, the same
 * {@link ValueComparator}s, and ties keep their scan order, as the library's stable sort does.
 */
final class FirstInOrder {

	private FirstInOrder() {
	}

	/**
	 * Whether a query can be answered this way: sorted on fields (not in {@code $natural} order) and limited to a
	 * page that is small enough to hold.
	 */
	static boolean applies(@Nullable Document orderBy, int skip, int limit) {
		return orderBy != null && !orderBy.isEmpty() && !orderBy.keySet().iterator().next().equals("$natural")
				&& limit > 0 && skip >= 0 && (long) skip + limit <= Integer.MAX_VALUE - 1;
	}

	/** The first {@code count} documents of {@code documents} in {@code orderBy} order, sorted. */
	static List<Document> select(Stream<Document> documents, Document orderBy, int count) {
		List<String> fields = new ArrayList<>(orderBy.keySet());
		List<Comparator<Object>> directions = new ArrayList<>(fields.size());
		for (String field : fields) {
			boolean ascending = ((Number) orderBy.get(field)).intValue() > 0;
			ValueComparator library = ascending ? ValueComparator.asc() : ValueComparator.desc();
			directions.add((a, b) -> {
				int timestamps = compareTimestamps(a, b);
				if (timestamps == NOT_TIMESTAMPS) {
					return library.compare(a, b);
				}
				return ascending ? timestamps : -timestamps;
			});
		}
		Comparator<Keyed> byValues = (a, b) -> {
			for (int i = 0; i < directions.size(); i++) {
				int order = directions.get(i).compare(a.values[i], b.values[i]);
				if (order != 0) {
					return order;
				}
			}
			return 0;
		};
		Comparator<Keyed> inOrder = byValues.thenComparingLong(Keyed::position);
		// the heap's head is the last of the documents kept so far
		PriorityQueue<Keyed> kept = new PriorityQueue<>(Math.min(count, 1024) + 1, inOrder.reversed());
		long[] position = { 0 };
		documents.forEachOrdered(document -> {
			Object[] values = new Object[fields.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = valueOf(document, fields.get(i));
			}
			Keyed keyed = new Keyed(values, position[0]++, document);
			if (kept.size() < count) {
				kept.add(keyed);
			}
			else if (byValues.compare(keyed, kept.peek()) < 0) {
				// strictly before the last one kept: a tie comes later in scan order, so it stays out
				kept.poll();
				kept.add(keyed);
			}
		});
		List<Keyed> first = new ArrayList<>(kept);
		first.sort(inOrder);
		return first.stream().map(Keyed::document).toList();
	}

	/**
	 * The value a sort field has in a document, as {@link Utils#getSubdocumentValue} finds it; a top-level field
	 * is read directly (the library splits every path with a regular expression, which was the largest cost left).
	 */
	private static Object valueOf(Document document, String field) {
		if (!field.isEmpty() && field.indexOf('.') < 0 && !field.equals("$")) {
			return document.getOrMissing(field);
		}
		return Utils.getSubdocumentValue(document, field);
	}

	private static final int NOT_TIMESTAMPS = Integer.MIN_VALUE;

	/**
	 * Two timestamps (the usual sort field) in ascending order, as the library's {@link ValueComparator} orders
	 * them, without its checks for lists, keys and types; {@link #NOT_TIMESTAMPS} for anything else.
	 */
	private static int compareTimestamps(Object a, Object b) {
		if (a instanceof Instant first && b instanceof Instant second) {
			return Integer.signum(first.compareTo(second));
		}
		if (a instanceof Date first && b instanceof Date second) {
			return Integer.signum(first.compareTo(second));
		}
		return NOT_TIMESTAMPS;
	}

	private record Keyed(Object[] values, long position, Document document) {
	}

}
