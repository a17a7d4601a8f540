package com.newsroom.contentapi.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts an in-process MongoDB wire-protocol server (mongo-java-server) when no
 * {@code spring.mongodb.uri} is configured, so the service runs on a machine with nothing
 * installed. It binds 127.0.0.1 on a free port, keeps its data in an H2 file (or in
 * memory), and is shut down after the MongoDB client, which closes the file cleanly on
 * SIGTERM.
 * <p>
 * It is a development and test store: no transactions, no {@code $text}, no collation or
 * TTL, and non-unique indexes do not narrow a filter (the library scans). The service
 * only relies on what a real MongoDB also does the same way. Changes to the library's
 * query path ({@link EmbeddedBackends}): a sort that a declared index serves reads
 * documents in that order and stops at the end of the page, other sorted queries with a
 * limit keep only their page while they scan, and excluded fields are not copied before
 * projection.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoUri.class)
class EmbeddedMongoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	static final String DATABASE = "contentapi";

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
		MongoBackend backend = backend(properties);
		if (properties.oplog()) {
			backend.enableOplog();
		}
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", properties.port());
		InetSocketAddress address = server.getLocalAddress();
		logger.info("Embedded MongoDB store ({}) listening on {}",
				properties.inMemory() ? "in memory" : properties.path(), address);
		return server;
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(MongoServer embeddedMongoServer) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		ConnectionString connection = new ConnectionString("mongodb://127.0.0.1:" + address.getPort() + "/" + DATABASE);
		return () -> connection;
	}

	private static MongoBackend backend(EmbeddedMongoProperties properties) {
		if (properties.inMemory()) {
			return EmbeddedBackends.inMemory();
		}
		Path file = Path.of(properties.path()).toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of " + file, ex);
		}
		return EmbeddedBackends.inFile(file.toString(), properties.syncWrites());
	}

	/** Matches when the application is not pointed at a MongoDB server. */
	static class NoMongoUri extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean configured = context.getEnvironment().containsProperty("spring.mongodb.uri");
			return configured ? ConditionOutcome.noMatch("spring.mongodb.uri is set")
					: ConditionOutcome.match("spring.mongodb.uri is not set: embedded store");
		}

	}

}
