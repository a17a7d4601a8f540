package com.newsroom.contentapi.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;
import org.bson.BsonValue;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.newsroom.contentapi.storage.EmbeddedMongoProperties;
import com.newsroom.contentapi.tag.TagChangedEvent;

/**
 * Invalidates cached responses, and cached tags, when another instance writes, by watching MongoDB change streams
 * on the collections responses are built from ({@code articles}, {@code tags}, {@code comment_counts}). A tag
 * change is republished here as a {@link TagChangedEvent}, so that the response cache and the tag cache of
 * {@code TagService} drop it as they do for this instance's writes. Change streams
 * need a replica set (the Docker setup runs one) or the embedded store with its oplog on; where the server cannot
 * open one, this logs once and the response cache's TTL bounds staleness instead.
 * {@code contentapi.graphql.response-cache.change-streams=false} switches it off.
 */
@Component
class ChangeStreamInvalidation implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeStreamInvalidation.class);

	private static final List<String> WATCHED = List.of("articles", "tags", "comment_counts");

	private final MongoTemplate mongo;

	private final ResponseCache cache;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private volatile boolean running;

	private final Map<String, MongoChangeStreamCursor<ChangeStreamDocument<Document>>> cursors = new LinkedHashMap<>();

	private Thread watcher;

	ChangeStreamInvalidation(MongoTemplate mongo, ResponseCache cache, ApplicationEventPublisher events,
			@Value("${contentapi.graphql.response-cache.change-streams:true}") boolean enabled,
			ObjectProvider<MongoServer> embeddedServer, EmbeddedMongoProperties embedded) {
		this.mongo = mongo;
		this.cache = cache;
		this.events = events;
		// the embedded store has change streams only with its oplog; asking without it logs a server error
		this.enabled = enabled && (embeddedServer.getIfAvailable() == null || embedded.oplog());
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		try {
			for (String collection : WATCHED) {
				this.cursors.put(collection, this.mongo.getCollection(collection)
					.watch()
					.maxAwaitTime(100, TimeUnit.MILLISECONDS)
					.cursor());
			}
		}
		catch (RuntimeException ex) {
			closeCursors();
			logger.info("No change streams on this MongoDB ({}); other instances' writes reach the response cache "
					+ "and the tag cache through their TTLs", ex.getMessage());
			return;
		}
		this.running = true;
		this.watcher = new Thread(this::watch, "response-cache-change-stream");
		this.watcher.setDaemon(true);
		this.watcher.start();
	}

	private void watch() {
		try {
			while (this.running) {
				boolean idle = true;
				for (Map.Entry<String, MongoChangeStreamCursor<ChangeStreamDocument<Document>>> watched : this.cursors
					.entrySet()) {
					ChangeStreamDocument<Document> change = watched.getValue().tryNext();
					if (change != null) {
						invalidate(watched.getKey(), change);
						idle = false;
					}
				}
				if (idle) {
					// a real MongoDB already waits (maxAwaitTime) in tryNext; the embedded store answers at once
					Thread.sleep(100);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			if (this.running) {
				logger.warn("Change stream closed ({}); the response and tag caches fall back to their TTLs", ex.getMessage());
			}
		}
	}

	/**
	 * Drops what the changed document may be part of; when the event does not say which document changed (the
	 * embedded store's update events carry only the changed fields), drops everything.
	 */
	private void invalidate(String collection, ChangeStreamDocument<Document> change) {
		BsonValue id = (change.getDocumentKey() != null) ? change.getDocumentKey().get("_id") : null;
		String key = (id == null) ? null : id.isObjectId() ? id.asObjectId().getValue().toHexString()
				: id.isString() ? id.asString().getValue() : id.toString();
		if (collection.equals("tags")) {
			this.events.publishEvent((key == null) ? TagChangedEvent.unknownTag() : new TagChangedEvent(key));
			return;
		}
		if (key == null) {
			this.cache.clear();
			return;
		}
		if (collection.equals("articles")) {
			this.cache.invalidate("article:" + key, "articles");
		}
		else {
			this.cache.invalidate("article:" + key);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		closeCursors();
	}

	private void closeCursors() {
		for (MongoChangeStreamCursor<?> cursor : this.cursors.values()) {
			try {
				cursor.close();
			}
			catch (RuntimeException ex) {
				// closing on shutdown; nothing left to do
			}
		}
		this.cursors.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
