package com.newsroom.contentapi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the end-to-end tests: the whole service on a random port, on the in-memory
 * embedded store, driven over HTTP with one {@link HttpGraphQlTester} per role, and with
 * a {@link MutableClock}. The client IP is taken from {@code X-Forwarded-For}, so tests
 * can act as distinct readers. All such tests share one application context; content
 * collections are emptied before each test, API tokens are created once.
 */
@org.springframework.context.annotation.Import(IntegrationTest.CommandCounting.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "contentapi.embedded-mongo.path=memory", "contentapi.sample-content=false",
				"contentapi.security.bootstrap-token=" + IntegrationTest.ADMIN_TOKEN,
				"contentapi.http.trust-forwarded-for=true", "contentapi.comments.spam.blocked-domains=spam.example",
				"contentapi.publishing.scheduler-interval=1h",
				"spring.graphql.cors.allowed-origins=" + IntegrationTest.ALLOWED_ORIGIN,
				// the schema of a feature defined only in the tests (package probe),
				// beside the service's own
				"spring.graphql.schema.locations=classpath:graphql/,classpath:probe-graphql/" })
public abstract class IntegrationTest {

	/**
	 * The bootstrap token of the tests: 32 characters, the shortest the service accepts.
	 */
	public static final String ADMIN_TOKEN = "test-admin-token-0123456789abcde";

	/** The one origin whose browser front-end may call the API (CORS). */
	public static final String ALLOWED_ORIGIN = "https://www.example.ma";

	private static final Map<String, String> secrets = new java.util.concurrent.ConcurrentHashMap<>();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected CommandCounter commands;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected com.newsroom.contentapi.delivery.ResponseCache responseCache;

	@Autowired
	protected org.springframework.context.ApplicationEventPublisher events;

	protected HttpGraphQlTester anonymous;

	protected HttpGraphQlTester admin;

	protected HttpGraphQlTester editor;

	protected HttpGraphQlTester moderator;

	@BeforeEach
	protected void setUpTesters() {
		for (String collection : List.of("articles", "tags", "authors", "sections", "comments", "comment_counts",
				"article_revisions", "audit_log")) {
			this.mongo.remove(new Query(), collection);
		}
		// content was removed behind the application's back, so no write event emptied
		// the response or tag caches
		this.responseCache.clear();
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.everything());
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
		this.anonymous = HttpGraphQlTester.create(client);
		this.admin = withToken(ADMIN_TOKEN);
		this.editor = withToken(secretFor("EDITOR"));
		this.moderator = withToken(secretFor("MODERATOR"));
	}

	/**
	 * Plain HTTP to the service, for what the GraphQL testers do not show (status,
	 * headers, raw bodies).
	 */
	protected WebTestClient http() {
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
	}

	/**
	 * A query POSTed to {@code /graphql} with optional header name/value pairs; the raw
	 * response.
	 */
	protected EntityExchangeResult<String> post(String query, String... headers) {
		WebTestClient.RequestBodySpec request = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.bodyValue(Map.of("query", query)).exchange().expectBody(String.class).returnResult();
	}

	/**
	 * Asserts that a request was refused before execution as not authenticated: HTTP 401,
	 * {@code WWW-Authenticate:
	 * Bearer} and a GraphQL error body with {@code UNAUTHENTICATED}.
	 */
	protected static void assertUnauthenticated(EntityExchangeResult<String> result) {
		assertThat(result.getStatus().value()).isEqualTo(401);
		assertThat(result.getResponseHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
		assertThat(result.getResponseBody()).contains("\"code\":\"UNAUTHENTICATED\"");
	}

	protected HttpGraphQlTester withToken(String secret) {
		return this.anonymous.mutate().header("Authorization", "Bearer " + secret).build();
	}

	/**
	 * One token per role and port (i.e. per application context), created through the API
	 * itself.
	 */
	protected String secretFor(String role) {
		return secrets.computeIfAbsent(this.port + role,
				key -> this.admin
					.document("mutation($role: Role!) { createApiToken(name: \"test-" + role.toLowerCase()
							+ "\", role: $role) { secret } }")
					.variable("role", role)
					.execute()
					.path("createApiToken.secret")
					.entity(String.class)
					.get());
	}

	/**
	 * Asserts that a response has an error with this {@code extensions.code} that also
	 * matches {@code also}; fails when there is no such error
	 * ({@code errors().expect(...)} alone would pass on a clean response).
	 */
	protected static Consumer<List<ResponseError>> hasError(String code, Predicate<ResponseError> also) {
		return errors -> assertThat(errors).as("errors").anySatisfy(error -> {
			assertThat(error.getExtensions()).containsEntry("code", code);
			assertThat(also.test(error)).as("error %s", error).isTrue();
		});
	}

	protected static Consumer<List<ResponseError>> hasError(String code) {
		return hasError(code, error -> true);
	}

	protected static void assertError(GraphQlTester.Response response, String code) {
		response.errors().satisfy(hasError(code));
	}

	/** Creates a tag through the API as an editor and returns its id. */
	protected String createTag(String slug, String arName, String frName, String enName) {
		return this.editor.document("""
				mutation($input: CreateTagInput!) { createTag(input: $input) { id } }""")
			.variable("input",
					Map.of("slug", slug, "names",
							List.of(Map.of("locale", "ar", "name", arName), Map.of("locale", "fr", "name", frName),
									Map.of("locale", "en", "name", enName))))
			.execute()
			.path("createTag.id")
			.entity(String.class)
			.get();
	}

	/**
	 * Creates an author through the API as an editor, with an Arabic and a French name,
	 * and returns its id.
	 */
	protected String createAuthor(String slug, String arName, String frName) {
		return this.editor.document("""
				mutation($input: CreateAuthorInput!) { createAuthor(input: $input) { id } }""")
			.variable("input",
					Map.of("slug", slug, "profiles",
							List.of(Map.of("locale", "ar", "name", arName), Map.of("locale", "fr", "name", frName))))
			.execute()
			.path("createAuthor.id")
			.entity(String.class)
			.get();
	}

	/**
	 * Creates a top-level section through the API as an editor, named in Arabic and
	 * French, and returns its id.
	 */
	protected String createSection(String slug, String arName, String frName) {
		return this.editor.document("mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }")
			.variable("input",
					Map.of("slug", slug, "names",
							List.of(Map.of("locale", "ar", "name", arName), Map.of("locale", "fr", "name", frName))))
			.execute()
			.path("createSection.id")
			.entity(String.class)
			.get();
	}

	/** An article's current version, read as an editor (for expectedVersion). */
	protected long versionOf(String articleId) {
		return this.editor.document("query($id: ID!) { article(id: $id) { version } }")
			.variable("id", articleId)
			.execute()
			.path("article.version")
			.entity(Long.class)
			.get();
	}

	/** Creates a draft through the API as an editor and returns its id. */
	protected String createArticle(List<Map<String, Object>> translations, List<String> tags) {
		return this.editor.document("""
				mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }""")
			.variable("input", Map.of("translations", translations, "tags", tags))
			.execute()
			.path("createArticle.id")
			.entity(String.class)
			.get();
	}

	protected String createPublishedArticle(List<Map<String, Object>> translations, List<String> tags) {
		String id = createArticle(translations, tags);
		this.editor.document("mutation($id: ID!) { publishArticle(id: $id) { id } }")
			.variable("id", id)
			.execute()
			.path("publishArticle.id")
			.entity(String.class)
			.isEqualTo(id);
		return id;
	}

	protected static Map<String, Object> translation(String locale, String title, String body) {
		return Map.of("locale", locale, "title", title, "body", body);
	}

	/**
	 * Counts the commands the MongoDB driver sends, to prove that queries are batched.
	 */
	public static class CommandCounter implements CommandListener {

		private final AtomicInteger count = new AtomicInteger();

		private final List<BsonDocument> recent = new CopyOnWriteArrayList<>();

		/**
		 * Milliseconds to hold the next {@code find} on {@code articles} once answered
		 * (0: none).
		 */
		private final AtomicLong holdNextArticlesFind = new AtomicLong();

		private final Map<Integer, Long> held = new java.util.concurrent.ConcurrentHashMap<>();

		private volatile java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);

		@Override
		public void commandStarted(CommandStartedEvent event) {
			this.count.incrementAndGet();
			this.recent.add(event.getCommand().clone());
			if ("find".equals(event.getCommandName())
					&& "articles".equals(event.getCommand().getString("find").getValue())) {
				long millis = this.holdNextArticlesFind.getAndSet(0);
				if (millis > 0) {
					this.held.put(event.getRequestId(), millis);
				}
			}
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			Long millis = this.held.remove(event.getRequestId());
			if (millis != null) {
				this.holding.countDown();
				try {
					Thread.sleep(millis);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		/**
		 * Makes the next {@code find} on {@code articles} wait after MongoDB answered it
		 * and before its caller gets the result (the driver notifies listeners on the
		 * caller's thread), so that a test can act while a query is in progress;
		 * {@link #awaitHeld} returns once it waits.
		 */
		public void holdNextArticlesFind(java.time.Duration duration) {
			this.holding = new java.util.concurrent.CountDownLatch(1);
			this.holdNextArticlesFind.set(duration.toMillis());
		}

		public void awaitHeld() throws InterruptedException {
			if (!this.holding.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
				throw new IllegalStateException("no find on articles was held");
			}
		}

		public void reset() {
			this.count.set(0);
			this.recent.clear();
		}

		public int count() {
			return this.count.get();
		}

		public List<BsonDocument> recent() {
			return this.recent;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CommandCounting {

		@Bean
		@org.springframework.context.annotation.Primary
		MutableClock testClock() {
			return new MutableClock();
		}

		@Bean
		CommandCounter commandCounter() {
			return new CommandCounter();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer commandCounting(CommandCounter counter) {
			return settings -> settings.addCommandListener(counter);
		}

	}

}
