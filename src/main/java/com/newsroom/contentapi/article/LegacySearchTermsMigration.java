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
 * Removes what earlier versions kept for search in article documents (the analysed terms
 * under {@code search}, {@code searchVersion}, and the {@code search_<locale>} indexes):
 * search has its own index now. Runs at start; once done, it finds nothing to do.
 */
@Component
class LegacySearchTermsMigration {

	private static final Logger logger = LoggerFactory.getLogger(LegacySearchTermsMigration.class);

	LegacySearchTermsMigration(MongoTemplate mongo) {
		for (Document index : mongo.getCollection(mongo.getCollectionName(Article.class)).listIndexes()) {
			String name = index.getString("name");
			if (name != null && name.startsWith("search_")) {
				mongo.indexOps(Article.class).dropIndex(name);
				logger.info("Dropped the index {} of the articles' former search terms", name);
			}
		}
		long cleaned = mongo
			.updateMulti(
					Query.query(new Criteria().orOperator(Criteria.where("search").exists(true),
							Criteria.where("searchVersion").exists(true))),
					new Update().unset("search").unset("searchVersion"), Article.class)
			.getModifiedCount();
		if (cleaned > 0) {
			logger.info("Removed the former search terms from {} articles", cleaned);
		}
	}

}
