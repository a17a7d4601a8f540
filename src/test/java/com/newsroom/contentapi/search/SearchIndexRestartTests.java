package com.newsroom.contentapi.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.article.ArticleSearchPort;
import com.newsroom.contentapi.article.ArticleStatus;
import com.newsroom.contentapi.article.ArticleVisibility;
import com.newsroom.contentapi.article.Seo;
import com.newsroom.contentapi.article.Translation;
import com.newsroom.contentapi.storage.EmbeddedMongoProperties;

import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The index in a folder across restarts, against a store of articles: it is rebuilt when
 * its folder is gone and catches up with writes made while it was closed.
 */
class SearchIndexRestartTests {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@TempDir
	Path folder;

	private final List<Article> stored = new ArrayList<>();

	private final ArticleSearchPort port = mock(ArticleSearchPort.class);

	SearchIndexRestartTests() {
		when(this.port.count()).thenAnswer(call -> (long) this.stored.size());
		when(this.port.batchAfter(any(), anyInt())).thenAnswer(call -> after(call.getArgument(0)));
		when(this.port.batchAfter(isNull(), anyInt())).thenAnswer(call -> after(null));
		when(this.port.changedSince(any(), any(), anyInt()))
			.thenAnswer(call -> changedSince(call.getArgument(0), call.getArgument(1)));
		when(this.port.changedSince(any(), isNull(), anyInt()))
			.thenAnswer(call -> changedSince(call.getArgument(0), null));
	}

	private List<Article> after(String afterId) {
		return this.stored.stream()
			.sorted(Comparator.comparing(Article::getId))
			.filter(article -> afterId == null || article.getId().compareTo(afterId) > 0)
			.toList();
	}

	private List<Article> changedSince(Instant since, String afterId) {
		return after(afterId).stream().filter(article -> !article.getUpdatedAt().isBefore(since)).toList();
	}

	private static Article article(String id, String title, Instant updatedAt) {
		Article article = mock(Article.class);
		when(article.getId()).thenReturn(id);
		when(article.getStatus()).thenReturn(ArticleStatus.PUBLISHED);
		when(article.getPublishedAt()).thenReturn(NOW.minus(Duration.ofDays(1)));
		when(article.getUpdatedAt()).thenReturn(updatedAt);
		when(article.getTagIds()).thenReturn(List.of());
		when(article.getTranslations()).thenReturn(Map.of("fr", new Translation("fr", title, "slug-" + id, "", "Texte",
				"<p>Texte</p>", "Texte", new Seo(null, null), updatedAt, false)));
		return article;
	}

	/** One start of an instance: open the index, sync it with the store, run, stop. */
	private List<String> startSearchAndStop(String word) throws IOException {
		LuceneIndex index = new LuceneIndex(
				new SearchProperties(this.folder.resolve("index").toString(), Duration.ofMinutes(10)),
				new EmbeddedMongoProperties("memory", false, true, 0));
		try {
			SearchIndexer indexer = new SearchIndexer(index, this.port, mock(ApplicationEventPublisher.class),
					Clock.fixed(NOW, ZoneOffset.UTC));
			indexer.start();
			Ranking.Request request = new Ranking.Request(SearchQuery.parse(word + " ").analysedIn(List.of("fr")),
					new ArticleVisibility.Findable(java.util.EnumSet.of(ArticleStatus.PUBLISHED), NOW, false), null,
					null, null, Ranking.Order.RELEVANCE, null, 10);
			return index.read(searcher -> new Ranking().rank(searcher, request, NOW))
				.hits()
				.stream()
				.map(Ranking.Hit::id)
				.toList();
		}
		finally {
			index.destroy();
		}
	}

	@Test
	void anIndexWhoseFolderIsGoneIsRebuiltFromTheStore() throws IOException {
		this.stored.add(article("a1", "Tramway de Rabat", NOW.minusSeconds(60)));
		this.stored.add(article("a2", "Tramway de Casablanca", NOW.minusSeconds(30)));
		assertThat(startSearchAndStop("tramway")).containsExactlyInAnyOrder("a1", "a2");
		try (Stream<Path> files = Files.walk(this.folder.resolve("index"))) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		assertThat(startSearchAndStop("tramway")).containsExactlyInAnyOrder("a1", "a2");
	}

	@Test
	void aWriteMadeWhileTheIndexWasClosedIsCaughtUpAtStart() throws IOException {
		this.stored.add(article("a1", "Tramway de Rabat", NOW.minusSeconds(600)));
		assertThat(startSearchAndStop("tramway")).containsExactly("a1");
		// changed while no instance ran: same number of articles, a new title
		this.stored.set(0, article("a1", "Autobus de Rabat", NOW.minusSeconds(60)));
		assertThat(startSearchAndStop("autobus")).containsExactly("a1");
		assertThat(startSearchAndStop("tramway")).isEmpty();
	}

	@Test
	void anArticlePurgedWhileTheIndexWasClosedIsDroppedAtStart() throws IOException {
		this.stored.add(article("a1", "Tramway de Rabat", NOW.minusSeconds(600)));
		this.stored.add(article("a2", "Tramway de Fès", NOW.minusSeconds(600)));
		assertThat(startSearchAndStop("tramway")).hasSize(2);
		this.stored.remove(1);
		assertThat(startSearchAndStop("tramway")).containsExactly("a1");
	}

}
