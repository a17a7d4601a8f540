package com.newsroom.contentapi.storage;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a whole list holds, to be counted when a client asks for its {@code totalCount}:
 * the documents of a type that a filter selects, and for a list under a parent (the
 * comments of one article) the values of the parent field it gathers (the parent's id; a
 * section and its subsections for a section's list). Counts of lists that share type,
 * filter and parent field are one command ({@link KeysetWindows#count}).
 */
public record CountQuery(Class<?> type, Criteria filter, @Nullable String parentField, List<String> parentValues) {

	public CountQuery {
		parentValues = List.copyOf(parentValues);
	}

	public static CountQuery of(Class<?> type, Criteria filter) {
		return new CountQuery(type, filter, null, List.of());
	}

	public static CountQuery under(Class<?> type, Criteria filter, String parentField, Collection<String> values) {
		return new CountQuery(type, filter, parentField, List.copyOf(values));
	}

}
