package com.newsroom.contentapi.delivery;

/**
 * A surrogate key that a feature attaches to responses by GraphQL type:
 * {@linkplain #always always} for a type whose presence means "a list a new item could
 * join" (a connection: {@code ArticleConnection → articles}), or {@linkplain #whenMissing
 * when a field of the type resolved to nothing} (a lookup that found no article), so that
 * the write that creates or publishes the item purges the response. Features declare them
 * as beans.
 */
public record TypeKey(String typeName, String key, boolean onlyWhenMissing) {

	public static TypeKey always(String typeName, String key) {
		return new TypeKey(typeName, key, false);
	}

	public static TypeKey whenMissing(String typeName, String key) {
		return new TypeKey(typeName, key, true);
	}

}
