package com.newsroom.contentapi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleInputs.CreateArticleInput;
import com.newsroom.contentapi.article.ArticleInputs.TranslationInput;
import com.newsroom.contentapi.article.ArticlePublishing;
import com.newsroom.contentapi.article.ArticleService;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Search latency with a realistic corpus: seeds {@code bench.articles} long-tail stories
 * of {@link NewsCorpus} (default 10,000; each in one to three of ar/fr/en, about 2 KB of
 * body per translation), then sends queries of its common words one at a time over HTTP
 * and prints p50/p90/p99. A tool, not a test: it asserts nothing about time and runs only
 * from {@code bench/search.sh}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"contentapi.embedded-mongo.path=memory", "contentapi.sample-content=false", "logging.level.root=WARN" })
class SearchBenchmark {

	private static final Caller SEEDER = new Caller("benchmark", Role.ADMIN);

	@LocalServerPort
	int port;

	@Autowired
	ArticleService articles;

	@Autowired
	ArticlePublishing publishing;

	@Test
	void searchLatency() throws Exception {
		int count = Integer.getInteger("bench.articles", 10_000);
		int queries = Integer.getInteger("bench.queries", 300);
		NewsCorpus corpus = new NewsCorpus(42);
		long seedStart = System.nanoTime();
		for (int i = 0; i < count; i++) {
			List<TranslationInput> translations = new ArrayList<>();
			for (NewsCorpus.Translation translation : corpus.longTailStory(i).translations()) {
				translations.add(new TranslationInput(Locale.forLanguageTag(translation.locale()), translation.title(),
						null, null, translation.body(), null));
			}
			Article article = this.articles
				.create(new CreateArticleInput(translations, List.of(), List.of(), null, null, true), SEEDER);
			this.publishing.publish(article.getId(), null, SEEDER);
		}
		System.out.printf("seeded %d articles in %.1f s%n", count, (System.nanoTime() - seedStart) / 1e9);

		HttpClient http = HttpClient.newHttpClient();
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < queries + 50; i++) {
			String locale = NewsCorpus.LOCALES.get(i % 3);
			String query = corpus.commonWord(locale) + ((i % 2 == 0) ? " " + corpus.commonWord(locale) : "");
			texts.add(query.replace("أ", "ا").replace("إ", "ا"));
		}
		long[] nanos = new long[queries];
		long matches = 0;
		for (int i = 0; i < texts.size(); i++) {
			String body = "{\"query\":\"query($q: String!) { search(query: $q, first: 20) { totalCount edges { score highlights node { id title } } } }\",\"variables\":{\"q\":\""
					+ texts.get(i) + "\"}}";
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			long elapsed = System.nanoTime() - start;
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				throw new IllegalStateException("Search failed: " + response.body());
			}
			if (i >= 50) {
				nanos[i - 50] = elapsed;
				String total = response.body().replaceAll(".*\"totalCount\":(\\d+).*", "$1");
				matches += Long.parseLong(total);
			}
		}
		Arrays.sort(nanos);
		System.out.printf("search over %d articles, %d queries (after 50 warm-up), one client:%n", count, queries);
		System.out.printf("  p50 %.1f ms   p90 %.1f ms   p99 %.1f ms   max %.1f ms   mean matches %.0f%n",
				percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
				(double) matches / queries);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
