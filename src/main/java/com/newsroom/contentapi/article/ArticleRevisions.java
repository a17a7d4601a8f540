package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import com.newsroom.contentapi.storage.KeysetWindows;
import com.newsroom.contentapi.storage.Listing;
import com.newsroom.contentapi.storage.ParentScroll;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The {@code article_revisions} collection: one document per successful change of an
 * article, with a unique index on {@code articleId, version} (two revisions for one
 * version would mean a lost update) and an index for listing an article's history newest
 * first.
 */
@Component
class ArticleRevisions {

	private static final KeysetWindows.SortKey<ArticleRevision> NEWEST_FIRST = new KeysetWindows.SortKey<>("createdAt",
			Sort.Direction.DESC, ArticleRevision::createdAt, ArticleRevision::id);

	private static final Logger logger = LoggerFactory.getLogger(ArticleRevisions.class);

	private static final String REVISIONS = "article_revisions";

	private static final String ARTICLES = "articles";

	private final MongoTemplate mongo;

	ArticleRevisions(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(ArticleRevision.class)
			.createIndex(new Index().on("articleId", Sort.Direction.ASC)
				.on("version", Sort.Direction.DESC)
				.unique()
				.named("article_version"));
		mongo.indexOps(ArticleRevision.class)
			.createIndex(new Index().on("articleId", Sort.Direction.ASC)
				.on("createdAt", Sort.Direction.DESC)
				.on("_id", Sort.Direction.DESC)
				.named("article_history"));
	}

	/**
	 * Records the revision of the article's version under the id chosen before it was
	 * saved; a no-op when it is already recorded (by {@link #recordMissing} after a
	 * restart).
	 */
	void record(Article article, String author, String summary, Instant at) {
		try {
			this.mongo.insert(new ArticleRevision(article.getRevisionId(), article.getId(), article.getVersion(),
					ArticleRevision.Content.of(article), author, at, summary));
		}
		catch (DuplicateKeyException alreadyRecorded) {
			// recorded at start, after a stop between the article's write and this one
		}
	}

	/**
	 * Records the revision of every article whose current version has none: the service
	 * stopped (a crash, a kill) after an article's write and before its revision's. Run
	 * at every start; on a real MongoDB the lookup is one index read per article.
	 */
	@EventListener(ApplicationReadyEvent.class)
	int recordMissing() {
		Aggregation missing = Aggregation.newAggregation(Aggregation.match(Criteria.where("revisionId").exists(true)),
				Aggregation.lookup(REVISIONS, "revisionId", "_id", "recorded"),
				Aggregation.match(Criteria.where("recorded").size(0)), Aggregation.project("_id"));
		int recorded = 0;
		for (Document found : this.mongo.aggregate(missing, ARTICLES, Document.class)) {
			Article article = this.mongo.findById(found.get("_id"), Article.class);
			if (article != null && article.getRevisionId() != null) {
				record(article, article.getUpdatedBy(), article.getChangeSummary() + " (recorded at restart)",
						article.getUpdatedAt());
				recorded++;
			}
		}
		if (recorded > 0) {
			logger.warn("Recorded {} article revisions that a stop had interrupted", recorded);
		}
		return recorded;
	}

	Optional<ArticleRevision> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ArticleRevision.class));
	}

	/** The histories of several articles, a page of each, newest first, in one query. */
	Map<ParentScroll, Listing<ArticleRevision>> histories(Set<ParentScroll> scrolls) {
		return KeysetWindows.perParent(this.mongo, ArticleRevision.class, "articleId", new Criteria(), NEWEST_FIRST,
				scrolls, fields -> {
				});
	}

}
