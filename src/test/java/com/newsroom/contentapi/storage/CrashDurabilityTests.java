package com.newsroom.contentapi.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.newsroom.contentapi.ContentApiApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged means durable on the embedded file store: the service runs in a child JVM,
 * editors create articles as fast as it answers, the process is killed ({@code kill -9})
 * in the middle of the stream, and after a restart on the same file every article whose
 * creation was acknowledged is there, with its revision.
 */
class CrashDurabilityTests {

	private static final String TOKEN = "crash-test-bootstrap-token-0123456789abcdef";

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]{24})\"");

	@TempDir
	Path directory;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void everyAcknowledgedArticleSurvivesAKill() throws Exception {
		Path store = this.directory.resolve("content.mv");
		Service first = Service.start(store);
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		List<CompletableFuture<Void>> writers = new ArrayList<>();
		for (int writer = 0; writer < 3; writer++) {
			int number = writer;
			writers.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 10_000; i++) {
					String id = create(first.port, "Article " + number + "-" + i);
					if (id == null) {
						return;
					}
					acknowledged.add(id);
				}
			}));
		}
		while (acknowledged.size() < 60) {
			Thread.sleep(20);
		}
		first.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

		Service second = Service.start(store);
		try {
			List<String> missing = new ArrayList<>();
			List<String> withoutRevision = new ArrayList<>();
			for (String id : acknowledged) {
				String body = post(second.port, "{\"query\":\"{ article(id: \\\"" + id
						+ "\\\") { id revisions(first: 1) { totalCount } } }\"}");
				if (body == null || !body.contains("\"id\":\"" + id + "\"")) {
					missing.add(id);
				}
				else if (!body.contains("\"totalCount\":1")) {
					withoutRevision.add(id);
				}
			}
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(60);
			assertThat(missing).as("acknowledged articles missing after the kill").isEmpty();
			assertThat(withoutRevision).as("articles without their revision").isEmpty();
		}
		finally {
			second.process.destroy();
			second.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Creates an article; its id once acknowledged, {@code null} once the service is
	 * gone.
	 */
	private String create(int port, String title) {
		String body = post(port,
				"{\"query\":\"mutation { createArticle(input: {translations: [{locale: \\\"fr\\\", title: \\\"" + title
						+ "\\\", body: \\\"Texte\\\"}]}) { id } }\"}");
		if (body == null) {
			return null;
		}
		Matcher id = ID.matcher(body);
		assertThat(id.find()).as(body).isTrue();
		return id.group(1);
	}

	private String post(int port, String json) {
		try {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + TOKEN)
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** The service in a child JVM on the test's class path, on a free port. */
	private record Service(Process process, int port) {

		static Service start(Path store) throws Exception {
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			Process process = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp",
					System.getProperty("java.class.path"), ContentApiApplication.class.getName(), "--server.port=0",
					"--server.address=127.0.0.1", "--contentapi.embedded-mongo.path=" + store,
					"--contentapi.sample-content=false", "--contentapi.security.bootstrap-token=" + TOKEN,
					"--contentapi.graphql.response-cache.enabled=false", "--logging.level.root=WARN",
					"--logging.level.org.springframework.boot.tomcat=INFO")
				.redirectErrorStream(true)
				.start();
			BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder log = new StringBuilder();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			String line;
			while (System.nanoTime() < deadline && (line = output.readLine()) != null) {
				log.append(line).append('\n');
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					Thread drain = new Thread(() -> {
						try {
							output.lines().forEach(ignored -> {
							});
						}
						catch (java.io.UncheckedIOException killed) {
							// the process is gone
						}
					});
					drain.setDaemon(true);
					drain.start();
					return new Service(process, Integer.parseInt(started.group(1)));
				}
			}
			process.destroyForcibly();
			throw new IllegalStateException("The service did not start:\n" + log);
		}

	}

}
