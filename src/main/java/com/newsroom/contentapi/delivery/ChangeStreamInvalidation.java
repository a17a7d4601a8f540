package com.newsroom.contentapi.delivery;

import java.util.List;

import com.mongodb.client.model.changestream.ChangeStreamDocument;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.BsonValue;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.newsroom.contentapi.graphql.GraphQlProperties;
import com.newsroom.contentapi.storage.EmbeddedMongoProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.messaging.ChangeStreamRequest;
import org.springframework.data.mongodb.core.messaging.DefaultMessageListenerContainer;
import org.springframework.data.mongodb.core.messaging.Message;
import org.springframework.data.mongodb.core.messaging.MessageListenerContainer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns other instances' writes into {@link ContentChangedEvent}s by watching, through
 * Spring Data's {@link MessageListenerContainer}, the change streams of every
 * {@link WatchedCollection} that features declare, so the response cache (and any
 * feature's own cache) drops what another instance changed. When an event does not say
 * which document changed, everything is dropped. Change streams need a replica set (the
 * Docker setup runs one) or the embedded store with its oplog on; elsewhere the caches'
 * TTLs bound staleness. {@code contentapi.graphql.response-cache.change-streams=false}
 * switches the watch off.
 */
@Component
class ChangeStreamInvalidation implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ChangeStreamInvalidation.class);

	private final List<WatchedCollection> watched;

	private final ApplicationEventPublisher events;

	private final boolean enabled;

	private final MessageListenerContainer container;

	ChangeStreamInvalidation(MongoTemplate mongo, List<WatchedCollection> watched, ApplicationEventPublisher events,
			GraphQlProperties properties, ObjectProvider<MongoServer> embeddedServer,
			EmbeddedMongoProperties embedded) {
		this.watched = watched;
		this.events = events;
		// the embedded store has change streams only with its oplog; asking without it
		// logs a server error
		this.enabled = properties.responseCache().changeStreams()
				&& (embeddedServer.getIfAvailable() == null || embedded.oplog());
		SimpleAsyncTaskExecutor watchers = new SimpleAsyncTaskExecutor("change-stream-");
		watchers.setDaemon(true);
		this.container = new DefaultMessageListenerContainer(mongo, watchers,
				error -> logger.warn("Change stream failed ({}); caches fall back to their TTLs", error.getMessage()));
	}

	@Override
	public void start() {
		if (!this.enabled) {
			return;
		}
		for (WatchedCollection collection : this.watched) {
			this.container
				.register(ChangeStreamRequest.builder((Message<ChangeStreamDocument<Document>, Document> message) -> {
					changed(collection, message.getRaw());
				}).collection(collection.collection()).build(), Document.class);
		}
		this.container.start();
	}

	private void changed(WatchedCollection collection, @Nullable ChangeStreamDocument<Document> change) {
		String id = (change == null) ? null : idOf(change);
		this.events.publishEvent((id == null) ? ContentChangedEvent.everything()
				: new ContentChangedEvent(collection.keysOf().apply(id), false));
	}

	@Nullable private static String idOf(ChangeStreamDocument<Document> change) {
		BsonValue id = (change.getDocumentKey() != null) ? change.getDocumentKey().get("_id") : null;
		return (id == null) ? null : id.isObjectId() ? id.asObjectId().getValue().toHexString()
				: id.isString() ? id.asString().getValue() : id.toString();
	}

	@Override
	public void stop() {
		this.container.stop();
	}

	@Override
	public boolean isRunning() {
		return this.container.isRunning();
	}

}
