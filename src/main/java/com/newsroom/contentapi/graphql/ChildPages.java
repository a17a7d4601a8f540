package com.newsroom.contentapi.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;

/**
 * The paged lists under each item of a list (the comments of each article of a page, the
 * articles of each tag, the revisions of each article) without one query per item: a
 * field's {@link Key}s of one request are loaded together (a {@code DataLoader} per
 * field, registered by the feature), so the first pages of all parents are one
 * aggregation and their {@code totalCount}s, when selected, one more. The aggregation
 * matches the parents' documents on the filter's index, sorts them by parent then by the
 * list's order, and keeps the first page's worth of each parent ({@code $push} then
 * {@code $slice}; MongoDB 5.2's {@code $firstN} would bound the group's memory, but the
 * embedded store lacks it). The parent field may be an array ({@code tagIds}): a document
 * is listed under each of its parents. A page after a cursor belongs to one parent's list
 * (a client pages one list at a time) and is one {@code find}, as {@link KeysetPaging}
 * reads it.
 */
public final class ChildPages {

	private static final String PARENT = "_parent";

	private ChildPages() {
	}

	/**
	 * One parent's list as a field asks for it: the page, and whether {@code totalCount}
	 * is selected.
	 */
	public record Key(String parentId, PageRequest page, boolean withTotal) {

		public static Key of(String parentId, PageRequest page, DataFetchingFieldSelectionSet selection) {
			if (page.backward()) {
				throw new IllegalArgumentException("lists under a parent page forward only");
			}
			return new Key(parentId, page, selection.contains("totalCount"));
		}

	}

	/**
	 * The page of every key: {@code filter} is what all lists share (approved,
	 * top-level…), {@code parentField} names the parent in each document.
	 */
	public static <D, N> Map<Key, Connection<N>> load(MongoTemplate mongo, Class<D> type, String parentField,
			Criteria filter, KeysetPaging.SortKey<D> order, Set<Key> keys, Consumer<Field> projection,
			Function<D, N> toNode) {
		Set<String> parents = keys.stream().map(Key::parentId).collect(Collectors.toSet());
		Map<String, Long> totals = keys.stream().anyMatch(Key::withTotal)
				? totals(mongo, type, parentField, filter, parents) : Map.of();
		List<Key> firstPages = keys.stream().filter(key -> key.page().cursor() == null).toList();
		Map<String, List<D>> heads = firstPages.isEmpty() ? Map.of()
				: heads(mongo, type, parentField, filter, order, firstPages, projection);
		Map<Key, Connection<N>> pages = new HashMap<>();
		for (Key key : keys) {
			Connection<N> page;
			if (key.page().cursor() == null) {
				List<D> documents = heads.getOrDefault(key.parentId(), List.of());
				page = KeysetPaging.connection(
						new ArrayList<>(documents.subList(0, Math.min(documents.size(), key.page().size() + 1))), order,
						key.page(), toNode, () -> 0);
			}
			else {
				page = KeysetPaging.page(mongo,
						new Criteria().andOperator(filter, Criteria.where(parentField).is(key.parentId())), type, order,
						key.page(), projection, toNode);
			}
			long total = totals.getOrDefault(key.parentId(), 0L);
			pages.put(key, new Connection<>(page.edges(), page.pageInfo(), () -> total));
		}
		return pages;
	}

	/**
	 * Up to the largest page size plus one of each parent's documents, in the list's
	 * order.
	 */
	private static <D> Map<String, List<D>> heads(MongoTemplate mongo, Class<D> type, String parentField,
			Criteria filter, KeysetPaging.SortKey<D> order, Collection<Key> keys, Consumer<Field> projection) {
		List<String> parents = keys.stream().map(Key::parentId).distinct().toList();
		int limit = keys.stream().mapToInt(key -> key.page().size()).max().orElse(0) + 1;
		int direction = (order.direction() == Sort.Direction.ASC) ? 1 : -1;
		Field fields = new Field();
		projection.accept(fields);
		List<Document> pipeline = new ArrayList<>();
		pipeline.add(new Document("$match", mapped(mongo, type, inParents(filter, parentField, parents))));
		if (!fields.getFieldsObject().isEmpty()) {
			pipeline.add(new Document("$project", fields.getFieldsObject()));
		}
		pipeline.add(new Document("$addFields", new Document(PARENT, "$" + parentField)));
		pipeline.add(new Document("$unwind", "$" + PARENT));
		pipeline.add(new Document("$match", new Document(PARENT, new Document("$in", parents))));
		pipeline.add(new Document("$sort",
				new Document(PARENT, 1).append(order.field(), direction).append("_id", direction)));
		pipeline.add(new Document("$group",
				new Document("_id", "$" + PARENT).append("items", new Document("$push", "$$ROOT"))));
		pipeline.add(new Document("$project", new Document("items", new Document("$slice", List.of("$items", limit)))));
		MongoConverter converter = mongo.getConverter();
		Map<String, List<D>> heads = new LinkedHashMap<>();
		mongo.execute(type, collection -> {
			for (Document group : collection.aggregate(pipeline)) {
				List<D> documents = new ArrayList<>();
				for (Document item : group.getList("items", Document.class)) {
					item.remove(PARENT);
					documents.add(converter.read(type, item));
				}
				heads.put(String.valueOf(group.get("_id")), documents);
			}
			return null;
		});
		return heads;
	}

	/** How many documents each parent's list holds, in one aggregation. */
	private static Map<String, Long> totals(MongoTemplate mongo, Class<?> type, String parentField, Criteria filter,
			Collection<String> parents) {
		List<Document> pipeline = List.of(
				new Document("$match", mapped(mongo, type, inParents(filter, parentField, parents))),
				new Document("$project", new Document(PARENT, "$" + parentField)),
				new Document("$unwind", "$" + PARENT),
				new Document("$match", new Document(PARENT, new Document("$in", List.copyOf(parents)))),
				new Document("$group", new Document("_id", "$" + PARENT).append("n", new Document("$sum", 1))));
		Map<String, Long> totals = new HashMap<>();
		mongo.execute(type, collection -> {
			for (Document group : collection.aggregate(pipeline)) {
				totals.put(String.valueOf(group.get("_id")), ((Number) group.get("n")).longValue());
			}
			return null;
		});
		return totals;
	}

	private static Criteria inParents(Criteria filter, String parentField, Collection<String> parents) {
		return new Criteria().andOperator(filter, Criteria.where(parentField).in(parents));
	}

	private static Document mapped(MongoTemplate mongo, Class<?> type, Criteria criteria) {
		MongoConverter converter = mongo.getConverter();
		return new QueryMapper(converter).getMappedObject(criteria.getCriteriaObject(),
				converter.getMappingContext().getPersistentEntity(type));
	}

}
