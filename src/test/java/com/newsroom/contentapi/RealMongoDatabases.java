package com.newsroom.contentapi;

import java.util.List;
import java.util.Locale;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the integration tests against a real MongoDB when the environment variable
 * {@code MONGODB_URI} is set (the GitHub workflow's replica set, or one started with
 * Docker, see the README): every test class that extends {@link IntegrationTest} then
 * gets {@code spring.mongodb.uri} and a database of its own, named after the class and
 * dropped before its context starts, so classes never see each other's data or leftovers
 * of an earlier run. Without the variable nothing changes: the tests run on the in-memory
 * embedded store and share one context. Registered in {@code META-INF/spring.factories}.
 */
class RealMongoDatabases implements ContextCustomizerFactory {

	static final String URI_VARIABLE = "MONGODB_URI";

	@Override
	@Nullable public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		String uri = System.getenv(URI_VARIABLE);
		if (uri == null || uri.isBlank() || !IntegrationTest.class.isAssignableFrom(testClass)) {
			return null;
		}
		return new Database(uri, databaseName(testClass));
	}

	/** {@code ct_} and the class's simple name, within MongoDB's 63 characters. */
	static String databaseName(Class<?> testClass) {
		String name = "ct_" + testClass.getSimpleName().toLowerCase(Locale.ROOT);
		return (name.length() > 63) ? name.substring(0, 63) : name;
	}

	/**
	 * One database per test class; a distinct customizer per class, so each class has its
	 * own context.
	 */
	private record Database(String uri, String name) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			try (MongoClient client = MongoClients.create(new ConnectionString(this.uri))) {
				client.getDatabase(this.name).drop();
			}
			TestPropertyValues.of("spring.mongodb.uri=" + this.uri, "spring.mongodb.database=" + this.name)
				.applyTo(context);
		}

	}

}
