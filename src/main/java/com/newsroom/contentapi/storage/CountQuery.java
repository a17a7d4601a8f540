package com.newsroom.contentapi.storage;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What a whole list holds, to be counted when a client asks for its {@code totalCount}:
 * the documents of a type that a filter selects, and for a list under a parent (the
 * comments of one article) the parent it belongs to. Counts of lists that share type,
 * filter and parent field are one command ({@link KeysetWindows#count}).
 */
public record CountQuery(Class<?> type, Criteria filter, @Nullable String parentField, @Nullable String parentId) {

	public static CountQuery of(Class<?> type, Criteria filter) {
		return new CountQuery(type, filter, null, null);
	}

	public static CountQuery under(Class<?> type, Criteria filter, String parentField, String parentId) {
		return new CountQuery(type, filter, parentField, parentId);
	}

}
