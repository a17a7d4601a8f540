package com.newsroom.contentapi.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Lists read from MongoDB a window at a time with keyset paging: each window is one
 * {@code find} sorted on {@code (sort field, _id)} and limited to size + 1 (the extra
 * document says whether there is more), so its cost does not grow with the page number
 * and an index on the filter plus sort key serves it.
 * <p>
 * Positions are Spring Data {@link KeysetScrollPosition}s with two keys whatever the
 * list: {@link #SORT_VALUE} (an {@link Instant} or a {@link String}) and {@link #ID}. A
 * window read backwards holds its items in the list's order and says with
 * {@link Window#hasNext()} whether there are more before them. Totals are not read with
 * the window: a {@link Listing} carries the {@link CountQuery} that {@link #count} runs
 * when asked.
 */
public final class KeysetWindows {

	/** The key of a position's sort value. */
	public static final String SORT_VALUE = "sort";

	/** The key of a position's document id (the tie-breaker). */
	public static final String ID = "_id";

	private static final String PARENT = "_parent";

	private KeysetWindows() {
	}

	/**
	 * How a list is ordered: a sort field (a date or a string) with {@code _id} as the
	 * tie-breaker, and how to read both from a document.
	 */
	public record SortKey<D>(String field, Sort.Direction direction, Function<D, @Nullable Object> valueOf,
			Function<D, String> idOf) {

		/** The list's order: the sort value in its direction, then the id likewise. */
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Comparator<D> comparator() {
			Comparator<D> ascending = Comparator
				.comparing((D document) -> (Comparable) this.valueOf.apply(document),
						Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(this.idOf);
			return (this.direction == Sort.Direction.ASC) ? ascending : ascending.reversed();
		}

		ScrollPosition positionOf(D document) {
			Map<String, @Nullable Object> keys = new LinkedHashMap<>();
			keys.put(SORT_VALUE, this.valueOf.apply(document));
			keys.put(ID, this.idOf.apply(document));
			return ScrollPosition.forward(keys);
		}

	}

	/** One window of the documents that {@code filter} selects, in the key's order. */
	public static <D> Listing<D> window(MongoTemplate mongo, Class<D> type, Criteria filter, SortKey<D> key,
			KeysetScrollPosition position, int size, Consumer<Field> projection) {
		Criteria criteria = position.isInitial() ? filter
				: new Criteria().andOperator(filter, beyond(mongo, type, key, position));
		Field fields = new Field();
		projection.accept(fields);
		boolean backward = position.scrollsBackward();
		Sort.Direction direction = backward ? reverse(key.direction()) : key.direction();
		int order = (direction == Sort.Direction.ASC) ? 1 : -1;
		Document sort = new Document(key.field(), order).append(ID, order);
		List<D> documents = find(mongo, type, criteria, fields.getFieldsObject(), sort, size + 1);
		return new Listing<>(toWindow(documents, key, size, backward), CountQuery.of(type, filter));
	}

	/**
	 * The windows of several parents' lists (the comments of each article of a page, the
	 * articles of each tag) without one query per parent: the first windows of all
	 * parents are one aggregation, which matches the parents' documents on the filter's
	 * index, sorts them by parent then by the list's order, and keeps the first window's
	 * worth of each parent ({@code $push} then {@code $slice}; MongoDB 5.2's
	 * {@code $firstN} would bound the group's memory, but the embedded store lacks it).
	 * The parent field may be an array ({@code tagIds}): a document is listed under each
	 * of its parents. A window after a position belongs to one parent's list (a client
	 * pages one list at a time) and is one {@code find}.
	 */
	public static <D> Map<ParentScroll, Listing<D>> perParent(MongoTemplate mongo, Class<D> type, String parentField,
			Criteria filter, SortKey<D> key, Set<ParentScroll> scrolls, Consumer<Field> projection) {
		return perParent(mongo, type, parentField, filter, key, scrolls, projection, Set::of);
	}

	/**
	 * Like
	 * {@link #perParent(MongoTemplate, Class, String, Criteria, SortKey, Set, Consumer)},
	 * for parents whose list gathers several values of the parent field (a section and
	 * its subsections): the first windows are still one aggregation, which keeps the
	 * first window's worth of each value, merged per parent in the list's order; counts
	 * add up the values' counts, which is exact when each document has one value of the
	 * field.
	 */
	public static <D> Map<ParentScroll, Listing<D>> perParent(MongoTemplate mongo, Class<D> type, String parentField,
			Criteria filter, SortKey<D> key, Set<ParentScroll> scrolls, Consumer<Field> projection,
			Function<String, Set<String>> valuesOf) {
		List<ParentScroll> firsts = scrolls.stream().filter(scroll -> scroll.position().isInitial()).toList();
		Set<String> firstValues = firsts.stream()
			.flatMap(scroll -> valuesOf.apply(scroll.parentId()).stream())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		int limit = firsts.stream().mapToInt(ParentScroll::size).max().orElse(0) + 1;
		Map<String, List<D>> heads = firsts.isEmpty() ? Map.of()
				: heads(mongo, type, parentField, filter, key, firstValues, limit, projection);
		Map<ParentScroll, Listing<D>> windows = new HashMap<>();
		for (ParentScroll scroll : scrolls) {
			Set<String> values = valuesOf.apply(scroll.parentId());
			Criteria ofParent = new Criteria().andOperator(filter, Criteria.where(parentField).in(values));
			CountQuery total = CountQuery.under(type, filter, parentField, values);
			if (scroll.position().isInitial()) {
				List<D> documents = merged(values, heads, key);
				windows.put(scroll,
						new Listing<>(toWindow(
								new ArrayList<>(documents.subList(0, Math.min(documents.size(), scroll.size() + 1))),
								key, scroll.size(), false), total));
			}
			else {
				Listing<D> window = window(mongo, type, ofParent, key, scroll.position(), scroll.size(), projection);
				windows.put(scroll, new Listing<>(window.window(), total));
			}
		}
		return windows;
	}

	/**
	 * The size of each list, in the order asked: lists that share type, filter and parent
	 * field are one command (a count, or an aggregation grouped by parent).
	 */
	public static List<Long> count(MongoTemplate mongo, List<CountQuery> queries) {
		Map<CountQuery, Long> counts = new HashMap<>();
		queries.stream()
			.distinct()
			.collect(Collectors.groupingBy(
					query -> new CountQuery(query.type(), query.filter(), query.parentField(), List.of()),
					LinkedHashMap::new, Collectors.toList()))
			.forEach((group, sameGroup) -> {
				if (group.parentField() == null) {
					counts.put(group, mongo.count(new Query(group.filter()), group.type()));
					return;
				}
				Map<String, Long> perValue = countPerParent(mongo, group.type(), group.parentField(), group.filter(),
						sameGroup.stream().flatMap(query -> query.parentValues().stream()).distinct().toList());
				sameGroup.forEach(query -> counts.put(query,
						query.parentValues().stream().mapToLong(value -> perValue.getOrDefault(value, 0L)).sum()));
			});
		return queries.stream().map(counts::get).toList();
	}

	/** How many documents each parent's list holds, in one aggregation. */
	public static Map<String, Long> countPerParent(MongoTemplate mongo, Class<?> type, String parentField,
			Criteria filter, Collection<@Nullable String> parents) {
		List<Document> pipeline = List.of(
				new Document("$match", mapped(mongo, type, inParents(filter, parentField, parents))),
				new Document("$project", new Document(PARENT, "$" + parentField)),
				new Document("$unwind", "$" + PARENT),
				new Document("$match", new Document(PARENT, new Document("$in", List.copyOf(parents)))),
				new Document("$group", new Document(ID, "$" + PARENT).append("n", new Document("$sum", 1))));
		Map<String, Long> totals = new HashMap<>();
		mongo.execute(type, collection -> {
			for (Document group : collection.aggregate(pipeline)) {
				totals.put(String.valueOf(group.get(ID)), ((Number) group.get("n")).longValue());
			}
			return null;
		});
		return totals;
	}

	/**
	 * The window of documents read with one more than asked for (which, when present,
	 * says that there is more in the reading direction), in the list's order.
	 */
	private static <D> Window<D> toWindow(List<D> documents, SortKey<D> key, int size, boolean backward) {
		boolean more = documents.size() > size;
		if (more) {
			documents.remove(documents.size() - 1);
		}
		if (backward) {
			Collections.reverse(documents);
		}
		List<D> items = List.copyOf(documents);
		return Window.from(items, index -> key.positionOf(items.get(index)), more);
	}

	/**
	 * One {@code find}, as {@code MongoTemplate.find} would send it, without mapping the
	 * projection and the sort. Their paths are the stored field names already
	 * ({@code translations.fr.bodyHtml}: a map key, which Spring Data's query mapper
	 * resolves by trying it as a property and throwing and catching an exception for each
	 * path of each query). The filter is still mapped, since it holds values to convert
	 * (ids, enums, instants). Documents are read with the template's converter.
	 */
	private static <D> List<D> find(MongoTemplate mongo, Class<D> type, Criteria criteria, Document fields,
			Document sort, int limit) {
		MongoConverter converter = mongo.getConverter();
		Document filter = mapped(mongo, type, criteria);
		List<D> documents = new ArrayList<>(limit);
		mongo.execute(type, collection -> {
			for (Document document : collection.find(filter).projection(fields).sort(sort).limit(limit)) {
				documents.add(converter.read(type, document));
			}
			return null;
		});
		return documents;
	}

	/**
	 * The heads of a parent's values as one list in the key's order, each document once
	 * (a document with several of the values is in each of their heads).
	 */
	private static <D> List<D> merged(Set<String> values, Map<String, List<D>> heads, SortKey<D> key) {
		if (values.size() == 1) {
			return heads.getOrDefault(values.iterator().next(), List.of());
		}
		Map<String, D> byId = new LinkedHashMap<>();
		values.forEach(value -> heads.getOrDefault(value, List.of())
			.forEach(document -> byId.putIfAbsent(key.idOf().apply(document), document)));
		List<D> documents = new ArrayList<>(byId.values());
		documents.sort(key.comparator());
		return documents;
	}

	/**
	 * Up to the largest window size plus one of each parent's documents, in the list's
	 * order.
	 */
	private static <D> Map<String, List<D>> heads(MongoTemplate mongo, Class<D> type, String parentField,
			Criteria filter, SortKey<D> key, Collection<String> values, int limit, Consumer<Field> projection) {
		List<String> parents = List.copyOf(values);
		int direction = (key.direction() == Sort.Direction.ASC) ? 1 : -1;
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
		pipeline
			.add(new Document("$sort", new Document(PARENT, 1).append(key.field(), direction).append(ID, direction)));
		pipeline.add(new Document("$group",
				new Document(ID, "$" + PARENT).append("items", new Document("$push", "$$ROOT"))));
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
				heads.put(String.valueOf(group.get(ID)), documents);
			}
			return null;
		});
		return heads;
	}

	/**
	 * The documents after the position in the reading direction; the position's sort
	 * value must be of the sort field's type.
	 */
	private static <D> Criteria beyond(MongoTemplate mongo, Class<D> type, SortKey<D> key,
			KeysetScrollPosition position) {
		Map<String, ?> keys = position.getKeys();
		Object value = keys.get(SORT_VALUE);
		Object id = keys.get(ID);
		Class<?> fieldType = fieldType(mongo, type, key.field());
		boolean dateField = fieldType != null
				&& (Instant.class.isAssignableFrom(fieldType) || java.util.Date.class.isAssignableFrom(fieldType));
		boolean fits = (value instanceof Instant) ? (fieldType == null || dateField)
				: (value instanceof String) && (fieldType == null || String.class.equals(fieldType));
		if (keys.size() != 2 || !fits || !(id instanceof String idValue)) {
			throw new InvalidScrollPosition("not a position in a list sorted by " + key.field());
		}
		Object storedId = ObjectId.isValid(idValue) ? new ObjectId(idValue) : idValue;
		boolean descending = (key.direction() == Sort.Direction.DESC) != position.scrollsBackward();
		Criteria sortBeyond = descending ? Criteria.where(key.field()).lt(value)
				: Criteria.where(key.field()).gt(value);
		Criteria idBeyond = descending ? Criteria.where(ID).lt(storedId) : Criteria.where(ID).gt(storedId);
		return new Criteria().orOperator(sortBeyond,
				new Criteria().andOperator(Criteria.where(key.field()).is(value), idBeyond));
	}

	/**
	 * The type of a document's top-level property, as mapped; {@code null} for a path
	 * Spring Data cannot name.
	 */
	private static @Nullable Class<?> fieldType(MongoTemplate mongo, Class<?> type, String field) {
		MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getPersistentEntity(type);
		MongoPersistentProperty property = (entity != null) ? entity.getPersistentProperty(field) : null;
		return (property != null) ? property.getType() : null;
	}

	private static Criteria inParents(Criteria filter, String parentField, Collection<@Nullable String> parents) {
		return new Criteria().andOperator(filter, Criteria.where(parentField).in(parents));
	}

	private static Document mapped(MongoTemplate mongo, Class<?> type, Criteria criteria) {
		MongoConverter converter = mongo.getConverter();
		return new QueryMapper(converter).getMappedObject(criteria.getCriteriaObject(),
				converter.getMappingContext().getPersistentEntity(type));
	}

	private static Sort.Direction reverse(Sort.Direction direction) {
		return (direction == Sort.Direction.ASC) ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

}
