package com.newsroom.contentapi.article;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.QueryMapper;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.security.Caller;

/**
 * What the search feature may use of articles, and nothing more: which articles a caller
 * may find (as a filter on the {@code articles} collection, where search keeps its terms
 * through {@link ArticleTermsHook}), whole articles by id, a walk over every article, and
 * storing recomputed terms. Search owns its terms, their indexes and its ranking.
 */
@Component
public class ArticleSearchPort {

	private final ArticleStore store;

	private final ArticleVisibility visibility;

	private final MongoTemplate mongo;

	ArticleSearchPort(ArticleStore store, ArticleVisibility visibility, MongoTemplate mongo) {
		this.store = store;
		this.visibility = visibility;
		this.mongo = mongo;
	}

	/** The collection that holds articles and their terms. */
	public String collection() {
		return this.mongo.getCollectionName(Article.class);
	}

	/**
	 * The articles this caller may find, with this tag if one is given, as a filter on
	 * {@link #collection()}: published ones for readers, every status but the trash for
	 * editors.
	 */
	public Document findableBy(Caller caller, @Nullable String tagId) {
		Criteria filter = this.visibility.visibleTo(caller);
		if (tagId != null) {
			filter = filter.and("tagIds").is(tagId);
		}
		return new QueryMapper(this.mongo.getConverter()).getMappedObject(filter.getCriteriaObject(),
				this.mongo.getConverter().getMappingContext().getPersistentEntity(Article.class));
	}

	/** Whole articles by id (without their terms), in no particular order. */
	public List<Article> findAllById(Collection<String> ids) {
		return this.store.findAllById(ids);
	}

	/**
	 * One batch of whole articles after {@code afterId} in id order, to walk the
	 * collection.
	 */
	public List<Article> batchAfter(@Nullable String afterId, int size) {
		return this.store.batchAfter(afterId, size);
	}

	/**
	 * Stores recomputed terms if the article is still at the version they were computed
	 * from (a concurrent write has saved its own); the version stays, the content is the
	 * same.
	 * @return whether they were stored
	 */
	public boolean storeTerms(Article article, Map<String, Document> terms, int version) {
		return this.store.updateSearchTerms(article, terms, version);
	}

}
