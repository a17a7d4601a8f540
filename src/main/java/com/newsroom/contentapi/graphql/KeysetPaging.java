package com.newsroom.contentapi.graphql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.Document;
import org.bson.types.ObjectId;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;
import org.springframework.data.mongodb.core.query.Query;
import org.jspecify.annotations.Nullable;

/**
 * Relay connections over MongoDB with keyset paging: each page is one {@code find} sorted
 * on {@code (sortField, _id)} and limited to size + 1 (the extra document tells whether
 * there is a next page), so its cost does not grow with the page number and an index on
 * the filter plus sort key serves it. {@code totalCount} is a separate count command, run
 * only when selected.
 */
public final class KeysetPaging {

	private KeysetPaging() {
	}

	/**
	 * The dates a cursor may carry: years 1 to 9999, as stored documents hold and ISO
	 * 8601 writes them.
	 */
	static final long MIN_DATE_MILLIS = Instant.parse("0001-01-01T00:00:00Z").toEpochMilli();

	static final long MAX_DATE_MILLIS = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

	/**
	 * How a list is ordered: a sort field (a date or a string) with {@code _id} as the
	 * tie-breaker.
	 */
	public record SortKey<D>(String field, Sort.Direction direction, Function<D, Object> valueOf,
			Function<D, String> idOf) {

		String encode(D document) {
			Object value = this.valueOf.apply(document);
			String encoded = (value instanceof Instant instant) ? "d" + instant.toEpochMilli() : "s" + value;
			return new Cursor(encoded, this.idOf.apply(document)).encode();
		}

		/**
		 * The sort value of a cursor sent back, checked against the list: a date in range
		 * for a date field, a string for a string field ({@code fieldType} is the sort
		 * field's type, {@code null} when unknown).
		 */
		Object decode(Cursor cursor, String argumentName, @Nullable Class<?> fieldType) {
			String value = cursor.sortValue();
			boolean dateField = fieldType != null
					&& (Instant.class.isAssignableFrom(fieldType) || java.util.Date.class.isAssignableFrom(fieldType));
			if (value.startsWith("d") && (fieldType == null || dateField) && value.matches("d-?[0-9]{1,19}")) {
				try {
					long millis = Long.parseLong(value.substring(1));
					if (millis >= MIN_DATE_MILLIS && millis <= MAX_DATE_MILLIS) {
						return Instant.ofEpochMilli(millis);
					}
				}
				catch (NumberFormatException ex) {
					// falls through to the error below
				}
			}
			if (value.startsWith("s") && (fieldType == null || String.class.equals(fieldType))) {
				return value.substring(1);
			}
			throw Cursor.invalid(argumentName);
		}

	}

	public static <D, N> Connection<N> page(MongoTemplate mongo, Criteria filter, Class<D> type, SortKey<D> key,
			PageRequest page, Consumer<Field> projection, Function<D, N> toNode) {
		Criteria criteria = filter;
		if (page.cursor() != null) {
			criteria = new Criteria().andOperator(filter, beyond(mongo, type, key, page));
		}
		Field fields = new Field();
		projection.accept(fields);
		Sort.Direction direction = page.backward() ? reverse(key.direction()) : key.direction();
		int order = (direction == Sort.Direction.ASC) ? 1 : -1;
		Document sort = new Document(key.field(), order).append("_id", order);

		List<D> documents = find(mongo, type, criteria, fields.getFieldsObject(), sort, page.size() + 1);
		return connection(documents, key, page, toNode, () -> mongo.count(new Query(filter), type));
	}

	/**
	 * The connection of a page read with one more document than asked for (which, when
	 * present, says that there is a next page).
	 */
	static <D, N> Connection<N> connection(List<D> documents, SortKey<D> key, PageRequest page, Function<D, N> toNode,
			java.util.function.LongSupplier totalCount) {
		boolean more = documents.size() > page.size();
		if (more) {
			documents.remove(documents.size() - 1);
		}
		if (page.backward()) {
			Collections.reverse(documents);
		}
		List<Connection.Edge<N>> edges = documents.stream()
			.map(document -> new Connection.Edge<>(toNode.apply(document), key.encode(document)))
			.toList();
		boolean hasNext = page.backward() ? page.cursor() != null : more;
		boolean hasPrevious = page.backward() ? more : page.cursor() != null;
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(hasNext, hasPrevious, start, end), totalCount);
	}

	/**
	 * One {@code find}, as {@code MongoTemplate.find} would send it, without mapping the
	 * projection and the sort. Their paths are the stored field names already
	 * ({@code translations.fr.bodyHtml}: a map key, which Spring Data's query mapper
	 * resolves by trying it as a property and throwing and catching an exception for each
	 * path of each query, about 4% of the CPU of a headlines request). The filter is
	 * still mapped, since it holds values to convert (ids, enums, instants). Documents
	 * are read with the template's converter.
	 */
	private static <D> List<D> find(MongoTemplate mongo, Class<D> type, Criteria criteria, Document fields,
			Document sort, int limit) {
		MongoConverter converter = mongo.getConverter();
		Document filter = new QueryMapper(converter).getMappedObject(criteria.getCriteriaObject(),
				converter.getMappingContext().getPersistentEntity(type));
		List<D> documents = new ArrayList<>(limit);
		mongo.execute(type, collection -> {
			for (Document document : collection.find(filter).projection(fields).sort(sort).limit(limit)) {
				documents.add(converter.read(type, document));
			}
			return null;
		});
		return documents;
	}

	private static <D> Criteria beyond(MongoTemplate mongo, Class<D> type, SortKey<D> key, PageRequest page) {
		String argumentName = page.backward() ? "before" : "after";
		Object value = key.decode(page.cursor(), argumentName, fieldType(mongo, type, key.field()));
		Object id = ObjectId.isValid(page.cursor().id()) ? new ObjectId(page.cursor().id()) : page.cursor().id();
		boolean descending = (key.direction() == Sort.Direction.DESC) != page.backward();
		Criteria sortBeyond = descending ? Criteria.where(key.field()).lt(value)
				: Criteria.where(key.field()).gt(value);
		Criteria idBeyond = descending ? Criteria.where("_id").lt(id) : Criteria.where("_id").gt(id);
		return new Criteria().orOperator(sortBeyond,
				new Criteria().andOperator(Criteria.where(key.field()).is(value), idBeyond));
	}

	/**
	 * The type of a document's top-level property, as mapped; {@code null} for a path
	 * Spring Data cannot name.
	 */
	@Nullable private static Class<?> fieldType(MongoTemplate mongo, Class<?> type, String field) {
		MongoPersistentEntity<?> entity = mongo.getConverter().getMappingContext().getPersistentEntity(type);
		MongoPersistentProperty property = (entity != null) ? entity.getPersistentProperty(field) : null;
		return (property != null) ? property.getType() : null;
	}

	private static Sort.Direction reverse(Sort.Direction direction) {
		return (direction == Sort.Direction.ASC) ? Sort.Direction.DESC : Sort.Direction.ASC;
	}

}
