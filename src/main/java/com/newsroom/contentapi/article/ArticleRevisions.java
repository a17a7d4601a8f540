package com.newsroom.contentapi.article;

import java.time.Instant;
import java.util.Optional;

import com.newsroom.contentapi.graphql.Connection;
import com.newsroom.contentapi.graphql.KeysetPaging;
import com.newsroom.contentapi.graphql.PageRequest;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * The {@code article_revisions} collection: one document per successful change of an article, with a unique
 * index on {@code articleId, version} (two revisions for one version would mean a lost update) and an index for
 * listing an article's history newest first.
 */
@Component
class ArticleRevisions {

	private static final KeysetPaging.SortKey<ArticleRevision> NEWEST_FIRST = new KeysetPaging.SortKey<>(
			"createdAt", Sort.Direction.DESC, ArticleRevision::createdAt, ArticleRevision::id);

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

	ArticleRevision record(Article article, String author, String summary, Instant at) {
		return this.mongo.insert(new ArticleRevision(null, article.getId(), article.getVersion(),
				ArticleRevision.Content.of(article), author, at, summary));
	}

	Optional<ArticleRevision> findById(String id) {
		return Optional.ofNullable(this.mongo.findById(id, ArticleRevision.class));
	}

	Connection<ArticleRevision> history(String articleId, PageRequest page) {
		return KeysetPaging.page(this.mongo, Criteria.where("articleId").is(articleId), ArticleRevision.class,
				NEWEST_FIRST, page, fields -> {
				}, revision -> revision);
	}

}
