package com.newsroom.contentapi.comment;

import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;
import org.springframework.data.domain.KeysetScrollPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * MongoDB access for comments and their counters, and the declaration of their indexes:
 * <ul>
 * <li>{@code articleId, parentId, status, createdAt, _id}: an article's approved
 * top-level comments, oldest first;</li>
 * <li>{@code parentId, status, createdAt}: approved replies of a page of comments
 * (batched);</li>
 * <li>{@code status, createdAt, _id} and {@code articleId, status, createdAt, _id}: the
 * moderation queue;</li>
 * <li>{@code ancestorIds}: a comment's subtree, for deletion;</li>
 * <li>{@code bodyHash, createdAt}: the duplicate signal; {@code authorKey, status}:
 * authors a moderator approved, for auto-approval;</li>
 * <li>{@code renderVersion}: comments rendered by an older {@link CommentText},
 * re-rendered at start.</li>
 * </ul>
 * The number of approved comments per article lives in {@code comment_counts}
 * ({@code _id} = article id) and is changed only with atomic {@code $inc}, so concurrent
 * posts and moderations never make it drift, and editors' writes to the article document
 * cannot overwrite it.
 */
@Component
class CommentStore {

	static final String COUNTS = "comment_counts";

	private final MongoTemplate mongo;

	CommentStore(MongoTemplate mongo) {
		this.mongo = mongo;
		IndexOperations indexes = mongo.indexOps(Comment.class);
		indexes.createIndex(new Index().on("articleId", Sort.Direction.ASC)
			.on("parentId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC)
			.named("article_thread"));
		indexes.createIndex(new Index().on("parentId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.ASC)
			.named("replies"));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC)
			.named("moderation_queue"));
		indexes.createIndex(new Index().on("articleId", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC)
			.named("moderation_queue_by_article"));
		indexes.createIndex(new Index("ancestorIds", Sort.Direction.ASC).named("subtree"));
		indexes.createIndex(new Index().on("bodyHash", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.DESC)
			.named("duplicates"));
		indexes.createIndex(
				new Index().on("authorKey", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("author_key"));
		dropIfPresent(indexes, "known_authors");
		indexes.createIndex(new Index("renderVersion", Sort.Direction.ASC).named("render_version"));
	}

	/**
	 * An index of an earlier version that no query uses any more (authors were once
	 * recognised by e-mail).
	 */
	private static void dropIfPresent(IndexOperations indexes, String name) {
		if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals(name))) {
			indexes.dropIndex(name);
		}
	}

	Comment insert(Comment comment) {
		return this.mongo.insert(comment);
	}

	Optional<Comment> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Comment.class));
	}

	boolean existsSameBodySince(String bodyHash, Instant since) {
		return this.mongo.exists(Query.query(Criteria.where("bodyHash").is(bodyHash).and("createdAt").gte(since)),
				Comment.class);
	}

	/**
	 * Whether a moderator approved a comment of this author key (one approved at once
	 * does not count).
	 */
	boolean hasModeratorApprovedComment(String authorKey) {
		return this.mongo.exists(Query.query(Criteria.where("authorKey")
			.is(authorKey)
			.and("status")
			.is(CommentStatus.APPROVED)
			.and("moderatedBy")
			.exists(true)), Comment.class);
	}

	/**
	 * Up to {@code limit} comments rendered before {@code version} (or before versions
	 * were stored), in {@code _id} order after {@code afterId}.
	 */
	List<Comment> renderedBefore(int version, @Nullable String afterId, int limit) {
		Criteria outdated = new Criteria().orOperator(Criteria.where("renderVersion").exists(false),
				Criteria.where("renderVersion").lt(version));
		Criteria filter = (afterId != null) ? new Criteria().andOperator(outdated, Criteria.where("_id").gt(afterId))
				: outdated;
		return this.mongo.find(Query.query(filter).with(Sort.by("_id")).limit(limit), Comment.class);
	}

	/**
	 * Stores a comment's display fields (body, its HTML, author name) rendered again,
	 * unless it was rendered at {@code version} or later in the meantime (by another
	 * instance).
	 * @return whether this call changed it
	 */
	boolean updateRendering(String id, String body, String bodyHtml, String authorName, int version) {
		Criteria outdated = new Criteria().orOperator(Criteria.where("renderVersion").exists(false),
				Criteria.where("renderVersion").lt(version));
		return this.mongo.updateFirst(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), outdated)),
				new Update().set("body", body)
					.set("bodyHtml", bodyHtml)
					.set("authorName", authorName)
					.set("renderVersion", version),
				Comment.class)
			.getModifiedCount() == 1;
	}

	private static final KeysetWindows.SortKey<Comment> OLDEST_FIRST = new KeysetWindows.SortKey<>("createdAt",
			Sort.Direction.ASC, Comment::createdAt, Comment::id);

	Listing<Comment> window(Criteria filter, KeysetScrollPosition position, int size) {
		return KeysetWindows.window(this.mongo, Comment.class, filter, OLDEST_FIRST, position, size, fields -> {
		});
	}

	/**
	 * The pages of several articles' comment lists (those {@code filter} selects), oldest
	 * first, at once.
	 */
	Map<ParentScroll, Listing<Comment>> windowsPerArticle(Criteria filter, Set<ParentScroll> scrolls) {
		return KeysetWindows.perParent(this.mongo, Comment.class, "articleId", filter, OLDEST_FIRST, scrolls,
				fields -> {
				});
	}

	/** Approved direct replies of many comments at once, oldest first. */
	List<Comment> approvedRepliesOf(Collection<String> parentIds) {
		return this.mongo
			.find(Query.query(Criteria.where("parentId").in(parentIds).and("status").is(CommentStatus.APPROVED))
				.with(Sort.by("createdAt", "_id")), Comment.class);
	}

	/**
	 * Moves a comment from one status to another if it is still in the first one: of two
	 * moderators acting at once, exactly one makes the change (and adjusts the counts).
	 */
	Optional<Comment> transition(String id, CommentStatus from, CommentStatus to, String moderator, Instant at) {
		return Optional
			.ofNullable(this.mongo.findAndModify(Query.query(Criteria.where("_id").is(id).and("status").is(from)),
					new Update().set("status", to).set("moderatedAt", at).set("moderatedBy", moderator),
					FindAndModifyOptions.options().returnNew(true), Comment.class));
	}

	List<Comment> subtree(String id) {
		return this.mongo.find(
				Query.query(
						new Criteria().orOperator(Criteria.where("_id").is(id), Criteria.where("ancestorIds").is(id))),
				Comment.class);
	}

	/** Deletes the comments and returns how many were actually deleted by this call. */
	long delete(Collection<String> ids) {
		return this.mongo.remove(Query.query(Criteria.where("_id").in(ids)), Comment.class).getDeletedCount();
	}

	/** Removes every comment of an article and its counter. */
	void deleteAllOfArticle(String articleId) {
		this.mongo.remove(Query.query(Criteria.where("articleId").is(articleId)), Comment.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(articleId)), COUNTS);
	}

	void addToReplyCount(String commentId, int delta) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(commentId)), new Update().inc("replyCount", delta),
				Comment.class);
	}

	void addToApprovedCount(String articleId, int delta) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(articleId)), new Update().inc("approved", delta),
				COUNTS);
	}

	/** Approved comments per article for a whole page of articles, in one query. */
	Map<String, Integer> approvedCounts(Collection<String> articleIds) {
		Map<String, Integer> counts = new HashMap<>();
		for (Document row : this.mongo.find(Query.query(Criteria.where("_id").in(articleIds)), Document.class,
				COUNTS)) {
			counts.put(row.get("_id").toString(), ((Number) row.get("approved")).intValue());
		}
		return counts;
	}

}
