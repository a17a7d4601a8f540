package com.newsroom.contentapi.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param path file of the embedded store's H2 backend, or {@code memory} to keep
 * everything in memory (tests)
 * @param oplog keep an oplog, so that change streams work (off by default: it costs on
 * every write)
 * @param syncWrites force the file to the disk before a write is acknowledged, so that it
 * survives a power loss as well as a crash of the service (every write is committed to
 * the file before it is acknowledged either way)
 * @param port the loopback port the store listens on, for {@code mongosh} or a bulk
 * loader such as the benchmark's; 0 (the default) takes any free port
 */
@ConfigurationProperties("contentapi.embedded-mongo")
public record EmbeddedMongoProperties(@DefaultValue("./data/content.mv") String path,
		@DefaultValue("false") boolean oplog, @DefaultValue("true") boolean syncWrites, @DefaultValue("0") int port) {

	public boolean inMemory() {
		return "memory".equalsIgnoreCase(this.path);
	}

}
