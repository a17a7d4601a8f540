package com.newsroom.contentapi.storage;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Acknowledged means durable: every write waits for a majority of the replica set and for
 * the journal ({@code w: "majority", j: true}), so an acknowledged write survives the
 * loss of the primary and a crash. A write concern given in {@code spring.mongodb.uri}
 * ({@code ?w=…&journal=…}) is the operator's choice and is kept. The embedded store
 * commits each write to its file before it answers ({@link EmbeddedBackends}).
 */
@Configuration(proxyBeanMethods = false)
class WriteConcernConfiguration {

	@Bean
	MongoClientSettingsBuilderCustomizer durableWrites(ObjectProvider<MongoConnectionDetails> connection) {
		return settings -> {
			MongoConnectionDetails details = connection.getIfAvailable();
			ConnectionString uri = (details != null) ? details.getConnectionString() : null;
			if (uri == null || uri.getWriteConcern() == null) {
				settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
			}
		};
	}

}
