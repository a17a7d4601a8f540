package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.KeysetPaging;
import com.newsroom.contentapi.graphql.PageRequest;

/**
 * All MongoDB access to the {@code articles} collection, and the declaration of its indexes. Every query here
 * is served by one of those indexes on a real MongoDB:
 * <ul>
 * <li>{@code slugKeys} (unique): slug lookups and per-locale slug uniqueness;</li>
 * <li>{@code status, locales, publishedAt, _id}: the headlines list in a locale chain;</li>
 * <li>{@code tagIds, status, publishedAt, _id}: lists and counts by tag (a separate index because MongoDB
 * cannot index two arrays in one compound index);</li>
 * <li>{@code status, locales, createdAt, _id} and {@code status, locales, updatedAt, _id}: editors' lists.</li>
 * </ul>
 */
@Component
class ArticleStore {

	private static final List<String> RENDERED_BODY_FIELDS = List.of("body", "bodyHtml", "bodyText");

	private final MongoTemplate mongo;

	private final List<String> knownLocales;

	ArticleStore(MongoTemplate mongo, com.newsroom.contentapi.locale.LocaleCatalog locales) {
		this.mongo = mongo;
		this.knownLocales = locales.supported();
		IndexOperations indexes = mongo.indexOps(Article.class);
		indexes.createIndex(new Index("slugKeys", Sort.Direction.ASC).unique().named("slugKeys_unique"));
		indexes.createIndex(listIndex("locales", "publishedAt"));
		indexes.createIndex(listIndex("tagIds", "publishedAt"));
		indexes.createIndex(listIndex("locales", "createdAt"));
		indexes.createIndex(listIndex("locales", "updatedAt"));
	}

	private static Index listIndex(String filterField, String sortField) {
		return new Index().on("status", Sort.Direction.ASC)
			.on(filterField, Sort.Direction.ASC)
			.on(sortField, Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named(filterField + "_" + sortField);
	}

	Optional<Article> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Article.class));
	}

	List<Article> findBySlugKeys(Collection<String> slugKeys) {
		return this.mongo.find(Query.query(Criteria.where("slugKeys").in(slugKeys)), Article.class);
	}

	<N> Connection<N> page(Criteria filter, KeysetPaging.SortKey<Article> order, PageRequest page,
			boolean withBodies, java.util.function.Function<Article, N> toNode) {
		return KeysetPaging.page(this.mongo, filter, Article.class, order, page,
				fields -> excludeBodies(fields, withBodies), toNode);
	}

	/** Leaves the heavy Markdown, HTML and text bodies on the server when the client did not select them. */
	private void excludeBodies(Field fields, boolean withBodies) {
		if (!withBodies) {
			for (String locale : this.knownLocales) {
				for (String body : RENDERED_BODY_FIELDS) {
					fields.exclude("translations." + locale + "." + body);
				}
			}
		}
	}

	/** Number of articles matching {@code filter} per tag id, for the given tags, in one aggregation. */
	Map<String, Long> countPerTag(Criteria filter, Collection<String> tagIds) {
		Aggregation aggregation = Aggregation.newAggregation(
				Aggregation.match(new Criteria().andOperator(filter, Criteria.where("tagIds").in(tagIds))),
				Aggregation.project("tagIds"), Aggregation.unwind("tagIds"),
				Aggregation.match(Criteria.where("tagIds").in(tagIds)), Aggregation.group("tagIds").count().as("n"));
		Map<String, Long> counts = new HashMap<>();
		for (Document row : this.mongo.aggregate(aggregation, Article.class, Document.class)) {
			counts.put(row.getString("_id"), ((Number) row.get("n")).longValue());
		}
		return counts;
	}

	/** Inserts a new article or replaces an existing one if its version is still the one it was read at. */
	Article save(Article article) {
		return this.mongo.save(article);
	}

	boolean delete(String id) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(id)), Article.class).getDeletedCount() > 0;
	}

	/** Removes a tag from every article that has it (one multi-document update, each document atomically). */
	void removeTagEverywhere(String tagId) {
		this.mongo.updateMulti(Query.query(Criteria.where("tagIds").is(tagId)),
				new Update().pull("tagIds", tagId).inc("version", 1), Article.class);
	}

	long count() {
		return this.mongo.count(new Query(), Article.class);
	}

}
