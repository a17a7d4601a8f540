package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Field;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;

/**
 * All MongoDB access to the {@code articles} collection, and the declaration of its
 * indexes. Every query here is served by one of those indexes on a real MongoDB:
 * <ul>
 * <li>{@code slugKeys} (unique): slug lookups and per-locale slug uniqueness;</li>
 * <li>{@code status, locales, publishedAt, _id}: the headlines list in a locale
 * chain;</li>
 * <li>{@code tagIds, status, publishedAt, _id}: lists and counts by tag (a separate index
 * because MongoDB cannot index two arrays in one compound index);</li>
 * <li>{@code status, locales, updatedAt, _id}: editors' lists of drafts and archived
 * articles, and by last change;</li>
 * <li>{@code status, trashedAt, _id}: the trash, most recently trashed first;</li>
 * <li>{@code updatedAt, _id}: the articles changed since an instant, for the search index
 * to catch up.</li>
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
		indexes.createIndex(listIndex("publishedLocales", "publishedAt"));
		for (ArticleReference reference : ArticleReference.values()) {
			indexes.createIndex(listIndex(reference.field, "publishedAt"));
		}
		indexes.createIndex(listIndex("locales", "updatedAt"));
		indexes.createIndex(
				new Index().on("updatedAt", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("changed"));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("trashedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC)
			.named("trash"));
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

	Listing<Article> window(Criteria filter, KeysetWindows.SortKey<Article> order, KeysetScrollPosition position,
			int size, ArticleReader.ListedFields listed, List<String> chain) {
		return KeysetWindows.window(this.mongo, Article.class, filter, order, position, size,
				fields -> leaveOutUnselected(fields, listed, chain));
	}

	/**
	 * The windows of several tags' or authors' article lists (those {@code filter}
	 * selects), at once.
	 */
	Map<ParentScroll, Listing<Article>> windowsPer(ArticleReference reference, Criteria filter,
			KeysetWindows.SortKey<Article> order, Set<ParentScroll> scrolls, ArticleReader.ListedFields listed,
			List<String> chain, java.util.function.Function<String, Set<String>> idsOf) {
		return KeysetWindows.perParent(this.mongo, Article.class, reference.field, filter, order, scrolls,
				fields -> leaveOutUnselected(fields, listed, chain), idsOf);
	}

	/**
	 * Leaves the heavy Markdown, HTML and text bodies when the client did not select them
	 * (the plain text stays when asked for, for search highlights); and, unless the
	 * client asked for every translation's link, the translations in locales outside the
	 * reader's chain, which a list never serves (it only lists articles that have a
	 * translation in the chain, {@code locales $in chain}). Articles read this way are
	 * for reading only: never saved back.
	 */
	private void leaveOutUnselected(Field fields, ArticleReader.ListedFields listed, Collection<String> chain) {
		for (String locale : this.knownLocales) {
			if (!listed.everyTranslation() && !chain.contains(locale)) {
				fields.exclude("translations." + locale);
			}
			else if (!listed.bodies()) {
				for (String body : RENDERED_BODY_FIELDS) {
					if (!(listed.plainText() && body.equals("bodyText"))) {
						fields.exclude("translations." + locale + "." + body);
					}
				}
			}
		}
	}

	/**
	 * Articles by id, in no particular order, for reading only: the translations in
	 * {@code locales} (every one if {@code listed} says so) with the fields it selects.
	 */
	List<Article> findAllById(Collection<String> ids, Collection<String> locales, ArticleReader.ListedFields listed) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		leaveOutUnselected(query.fields(), listed, locales);
		return this.mongo.find(query, Article.class);
	}

	/**
	 * One batch of articles after {@code afterId} in id order, for jobs that walk the
	 * collection, without the Markdown and HTML bodies (the plain text stays); for
	 * reading only.
	 */
	List<Article> batchAfter(@Nullable String afterId, int size) {
		Query query = (afterId == null) ? new Query()
				: Query.query(Criteria.where("_id").gt(new org.bson.types.ObjectId(afterId)));
		return this.mongo.find(withoutRenderedBodies(query.with(Sort.by("_id")).limit(size)), Article.class);
	}

	/**
	 * One batch of the articles changed at or after {@code since}, after {@code afterId}
	 * in id order (served by the {@code updatedAt} index), without the Markdown and HTML
	 * bodies; for reading only.
	 */
	List<Article> changedSince(java.time.Instant since, @Nullable String afterId, int size) {
		Criteria criteria = Criteria.where("updatedAt").gte(since);
		if (afterId != null) {
			criteria = criteria.and("_id").gt(new org.bson.types.ObjectId(afterId));
		}
		return this.mongo.find(withoutRenderedBodies(Query.query(criteria).with(Sort.by("_id")).limit(size)),
				Article.class);
	}

	private Query withoutRenderedBodies(Query query) {
		leaveOutUnselected(query.fields(), new ArticleReader.ListedFields(false, true, true), this.knownLocales);
		return query;
	}

	long count() {
		return this.mongo.count(new Query(), Article.class);
	}

	/**
	 * Number of articles matching {@code filter} per referenced id (tag, author), for the
	 * given ids, in one aggregation.
	 */
	Map<String, Long> countPer(ArticleReference reference, Criteria filter, Collection<String> ids) {
		return KeysetWindows.countPerParent(this.mongo, Article.class, reference.field, filter, List.copyOf(ids));
	}

	/**
	 * Number of articles that refer to this id, whatever their status, trashed ones
	 * included (served by the reference's index).
	 */
	long countReferencing(ArticleReference reference, String id) {
		return this.mongo.count(Query.query(Criteria.where(reference.field).is(id)), Article.class);
	}

	/**
	 * Inserts a new article or replaces an existing one if its version is still the one
	 * it was read at.
	 */
	Article save(Article article) {
		article.syncDerivedFields();
		return this.mongo.save(article);
	}

	/** Deletes an article for good if it is still in the trash at this version. */
	boolean deleteTrashed(String id, long version) {
		return this.mongo
			.remove(Query
				.query(Criteria.where("_id").is(id).and("version").is(version).and("status").is(ArticleStatus.TRASHED)),
					Article.class)
			.getDeletedCount() > 0;
	}

	/** Scheduled articles whose publication time has come (at most 500 per call). */
	List<Article> dueScheduled(java.time.Instant now) {
		Query query = Query.query(Criteria.where("status").is(ArticleStatus.SCHEDULED).and("publishedAt").lte(now));
		query.fields().include("_id", "version");
		return this.mongo.find(query.limit(500), Article.class);
	}

	Optional<java.time.Instant> nextScheduled(java.time.Instant now) {
		Query query = Query.query(Criteria.where("status").is(ArticleStatus.SCHEDULED).and("publishedAt").gt(now))
			.with(Sort.by("publishedAt"))
			.limit(1);
		query.fields().include("publishedAt");
		return Optional.ofNullable(this.mongo.findOne(query, Article.class)).map(Article::getPublishedAt);
	}

	/**
	 * The ids of every article that has the tag, trashed ones included (served by the
	 * {@code tagIds} index).
	 */
	List<String> idsWithTag(String tagId) {
		Query query = Query.query(Criteria.where("tagIds").is(tagId));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, this.mongo.getCollectionName(Article.class))
			.stream()
			.map(document -> document.get("_id").toString())
			.toList();
	}

}
