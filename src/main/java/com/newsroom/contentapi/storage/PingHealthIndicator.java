package com.newsroom.contentapi.storage;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * MongoDB health by {@code ping}, which both a real MongoDB and the embedded store answer
 * (Boot's own indicator sends {@code hello}, which the embedded store does not know).
 * Named {@code mongoHealthIndicator} so that it replaces Boot's indicator and reports as
 * {@code mongo}.
 */
@Component("mongoHealthIndicator")
class PingHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	PingHealthIndicator(MongoTemplate mongo) {
		super("MongoDB health check failed");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document result = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ping", result.get("ok"));
	}

}
