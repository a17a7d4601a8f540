package com.newsroom.contentapi.article;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives articles written before translations had their own state the
 * {@code publishedLocales} readers' lists match on: all their translations were
 * published, so it is their {@code locales}. Runs at start, one conditional update per
 * such article (an article saved meanwhile already has the field and is left alone); once
 * done, it finds nothing to do.
 */
@Component
class PublishedLocalesMigration {

	private static final Logger logger = LoggerFactory.getLogger(PublishedLocalesMigration.class);

	PublishedLocalesMigration(MongoTemplate mongo) {
		String collection = mongo.getCollectionName(Article.class);
		Query missing = Query.query(Criteria.where("publishedLocales").exists(false));
		missing.fields().include("_id", "locales");
		long migrated = 0;
		for (Document article : mongo.find(missing, Document.class, collection)) {
			Object id = article.get("_id");
			migrated += mongo
				.updateFirst(Query.query(Criteria.where("_id").is(id).and("publishedLocales").exists(false)),
						new Update().set("publishedLocales", article.get("locales")), collection)
				.getModifiedCount();
		}
		if (migrated > 0) {
			logger.info("Marked every translation of {} earlier articles as published", migrated);
		}
	}

}
