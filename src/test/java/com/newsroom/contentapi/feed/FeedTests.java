package com.newsroom.contentapi.feed;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds over HTTP, parsed back with ROME: RSS and Atom per locale, section (with
 * subsections) and tag; titles, links, dates, authors, categories and the language; never
 * a draft or an unpublished translation; ETag and 304; purged by a change.
 */
@TestPropertySource(properties = "contentapi.site.base-url=https://www.example.ma")
class FeedTests extends IntegrationTest {

	private EntityExchangeResult<String> get(String path, String... headers) {
		var request = http().get().uri(path);
		for (int i = 0; i < headers.length; i += 2) {
			request = request.header(headers[i], headers[i + 1]);
		}
		return request.exchange().expectBody(String.class).returnResult();
	}

	private static SyndFeed parse(EntityExchangeResult<String> result) throws Exception {
		assertThat(result.getStatus()).as(result.getResponseBody()).isEqualTo(HttpStatus.OK);
		return new SyndFeedInput().build(new StringReader(result.getResponseBody()));
	}

	@Test
	void aLocaleFeedListsItsPublishedTranslationsNewestFirstWithAuthorsAndCategories() throws Exception {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		String first = createPublishedArticle(
				List.of(translation("ar", "الميزانية", "نص الميزانية"), translation("fr", "Le budget", "Texte")),
				List.of("maroc"));
		this.editor
			.document("mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, "
					+ "input: { authors: [\"salma-bennani\"] }) { id } }")
			.variable("id", first)
			.variable("v", versionOf(first))
			.execute()
			.path("updateArticle.id")
			.hasValue();
		this.clock.advance(java.time.Duration.ofMinutes(5));
		createPublishedArticle(List.of(translation("fr", "Seulement en français", "Texte")), List.of());
		createArticle(List.of(translation("ar", "مسودة", "نص")), List.of());

		SyndFeed arabic = parse(get("/feeds/ar.rss"));
		assertThat(arabic.getLanguage()).isEqualTo("ar");
		assertThat(arabic.getEntries()).extracting(SyndEntry::getTitle).containsExactly("الميزانية");
		SyndEntry entry = arabic.getEntries().get(0);
		assertThat(entry.getLink()).startsWith("https://www.example.ma/ar/");
		assertThat(entry.getCategories()).extracting(category -> category.getName()).containsExactly("المغرب");
		assertThat(entry.getAuthor()).isEqualTo("سلمى بناني");
		assertThat(entry.getPublishedDate()).isNotNull();

		SyndFeed french = parse(get("/feeds/fr.atom"));
		assertThat(french.getFeedType()).isEqualTo("atom_1.0");
		assertThat(french.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("Seulement en français", "Le budget");
		assertThat(get("/feeds/fr.atom").getResponseBody()).contains("xml:lang=\"fr\"");

		SyndFeed full = parse(get("/feeds/ar.rss?full=true"));
		assertThat(full.getEntries().get(0).getContents().get(0).getValue()).contains("dir=\"rtl\"")
			.contains("نص الميزانية");
	}

	@Test
	void sectionAndTagFeedsAndTheirRefusals() throws Exception {
		createSection("politique", "سياسة", "Politique");
		this.editor.document("mutation($input: CreateSectionInput!) { createSection(input: $input) { id } }")
			.variable("input",
					Map.of("slug", "maroc", "parent", "politique", "names",
							List.of(Map.of("locale", "fr", "name", "Maroc"))))
			.execute()
			.path("createSection.id")
			.hasValue();
		createTag("sport", "رياضة", "Sport", "Sport");
		String inSubsection = createPublishedArticle(List.of(translation("fr", "Au Maroc", "Texte")), List.of());
		this.editor
			.document("mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, "
					+ "input: { section: \"maroc\" }) { id } }")
			.variable("id", inSubsection)
			.variable("v", versionOf(inSubsection))
			.execute()
			.path("updateArticle.id")
			.hasValue();
		createPublishedArticle(List.of(translation("fr", "Le match", "Texte")), List.of("sport"));

		assertThat(parse(get("/feeds/fr/section/politique.rss")).getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("Au Maroc");
		assertThat(parse(get("/feeds/fr/tag/sport.atom")).getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly("Le match");
		assertThat(get("/feeds/fr/section/nowhere.rss").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/feeds/de.rss").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/feeds/fr.json").getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/feeds/fr/tag/nothing.rss").getResponseBody()).contains("\"code\":\"NOT_FOUND\"");
	}

	/**
	 * An uncached feed: its page of articles, then its authors, tags and images, one
	 * command each at most.
	 */
	@Test
	void anUncachedFeedReadsItsPageInOneCommand() {
		createTag("maroc", "المغرب", "Maroc", "Morocco");
		createAuthor("salma-bennani", "سلمى بناني", "Salma Bennani");
		for (int i = 0; i < 12; i++) {
			String id = createPublishedArticle(List.of(translation("fr", "Titre " + i, "Texte")), List.of("maroc"));
			this.editor
				.document("mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, "
						+ "input: { authors: [\"salma-bennani\"] }) { id } }")
				.variable("id", id)
				.variable("v", versionOf(id))
				.execute()
				.path("updateArticle.id")
				.hasValue();
		}
		// every in-memory copy dropped: the site's settings, the page, its authors and
		// its tags, once each
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.everything());
		this.commands.reset();
		assertThat(get("/feeds/fr.rss").getResponseBody()).contains("Titre 11", "Salma Bennani", "Maroc");
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.containsExactlyInAnyOrder("find site", "find articles", "find authors", "find tags");
		// a new article drops the feed, not the authors, tags and settings: the page
		// alone
		this.events.publishEvent(com.newsroom.contentapi.delivery.ContentChangedEvent.of("articles"));
		this.commands.reset();
		get("/feeds/fr.rss");
		assertThat(this.commands.recent())
			.extracting(
					command -> command.getFirstKey() + " " + command.get(command.getFirstKey()).asString().getValue())
			.containsExactly("find articles");
		this.commands.reset();
		get("/feeds/fr.rss");
		assertThat(this.commands.recent()).as("then from memory").isEmpty();
	}

	@Test
	void aFeedHasAStrongEtagAnd304AndAChangePurgesIt() {
		String id = createPublishedArticle(List.of(translation("fr", "Premier titre", "Texte")), List.of());
		EntityExchangeResult<String> first = get("/feeds/fr.rss");
		String etag = first.getResponseHeaders().getETag();
		assertThat(etag).startsWith("\"");
		assertThat(first.getResponseHeaders().getCacheControl()).contains("public", "max-age=60");
		assertThat(first.getResponseHeaders().getFirst("Surrogate-Key")).contains("articles", "article:" + id);
		assertThat(first.getResponseHeaders().getLastModified()).isPositive();
		assertThat(get("/feeds/fr.rss", HttpHeaders.IF_NONE_MATCH, etag).getStatus())
			.isEqualTo(HttpStatus.NOT_MODIFIED);

		this.editor.document("mutation($id: ID!) { unpublishArticle(id: $id) { id } }").variable("id", id).execute();
		EntityExchangeResult<String> after = get("/feeds/fr.rss", HttpHeaders.IF_NONE_MATCH, etag);
		assertThat(after.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(after.getResponseBody()).doesNotContain("Premier titre");
	}

}
