package com.newsroom.contentapi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A MongoDB sort order ({@code {publishedAt: -1, _id: -1}}) compared the way
 * mongo-java-server sorts: the same field values
 * ({@link Utils#getSubdocumentValueCollectionAware}) and the same
 * {@link ValueComparator}s, so that what is ordered here comes out in exactly the
 * library's order. A document's sort values are read once into an array
 * ({@link #valuesOf}) and arrays are compared, instead of looking the fields up again on
 * every comparison as the library's comparator does.
 */
final class SortOrder implements Comparator<Object[]> {

	private static final int NOT_TIMESTAMPS = Integer.MIN_VALUE;

	private final List<IndexKey> keys;

	private final ValueComparator[] comparators;

	private SortOrder(List<IndexKey> keys) {
		this.keys = List.copyOf(keys);
		this.comparators = new ValueComparator[keys.size()];
		for (int i = 0; i < keys.size(); i++) {
			this.comparators[i] = keys.get(i).isAscending() ? ValueComparator.asc() : ValueComparator.desc();
		}
	}

	/** The order of a query's {@code sort} document. */
	static SortOrder of(Document orderBy) {
		List<IndexKey> keys = new ArrayList<>(orderBy.size());
		orderBy.forEach((field, direction) -> keys.add(new IndexKey(field, ((Number) direction).intValue() > 0)));
		return new SortOrder(keys);
	}

	/** The order of some of an index's keys. */
	static SortOrder of(List<IndexKey> keys) {
		return new SortOrder(keys);
	}

	int size() {
		return this.keys.size();
	}

	String field(int i) {
		return this.keys.get(i).getKey();
	}

	boolean ascending(int i) {
		return this.keys.get(i).isAscending();
	}

	/** The document's values of the sort fields, in order. */
	Object[] valuesOf(Document document) {
		Object[] values = new Object[this.keys.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = valueOf(document, this.keys.get(i).getKey());
		}
		return values;
	}

	@Override
	public int compare(Object[] a, Object[] b) {
		for (int i = 0; i < this.comparators.length; i++) {
			int order = compare(i, a[i], b[i]);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	private int compare(int i, Object a, Object b) {
		int timestamps = compareTimestamps(a, b);
		if (timestamps == NOT_TIMESTAMPS) {
			return this.comparators[i].compare(a, b);
		}
		return ascending(i) ? timestamps : -timestamps;
	}

	/**
	 * A field's value as the library's sort reads it; a top-level field is read directly
	 * (the library splits every path with a regular expression, which was the largest
	 * cost of sorting).
	 */
	private static Object valueOf(Document document, String field) {
		if (!field.isEmpty() && field.indexOf('.') < 0 && !field.equals("$")) {
			return document.getOrMissing(field);
		}
		return Utils.getSubdocumentValueCollectionAware(document, field);
	}

	/**
	 * Two timestamps (the usual sort field) in ascending order, as
	 * {@link ValueComparator} orders them, without its checks for lists, keys and types;
	 * {@link #NOT_TIMESTAMPS} for anything else.
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

}
