package com.newsroom.contentapi.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import com.newsroom.contentapi.article.Article;
import com.newsroom.contentapi.text.Slugs;

/**
 * Seeds a large archive for {@code bench/LoadGenerator.java} through the store's own bulk
 * path: the articles seeded through the API are the templates, and stories
 * {@code from..to-1} of the {@link NewsCorpus} are inserted as copies of them (their
 * tags, status and shape) with their own titles, slugs and rendered bodies, a thousand
 * per {@code insertMany}, published over the year before now. Through the API, 10,000
 * articles take about four minutes; this takes seconds per ten thousand. The service sees
 * no event for these writes: the caller rebuilds the search index afterwards.
 */
public final class BulkArticles {

	private static final int BATCH = 1000;

	private static final Parser MARKDOWN = Parser.builder().build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private BulkArticles() {
	}

	/**
	 * Inserts stories {@code from..to-1}; returns their French slugs, indexed from
	 * {@code from}.
	 */
	public static String[] copy(String mongoUri, NewsCorpus corpus, int from, int to) {
		String[] frSlugs = new String[to - from];
		try (MongoClient client = MongoClients.create(mongoUri)) {
			MongoCollection<Document> articles = client.getDatabase("contentapi").getCollection("articles");
			List<String> templates = new ArrayList<>();
			for (Document template : articles.find().limit(BATCH)) {
				templates.add(template.toJson());
			}
			if (templates.isEmpty()) {
				throw new IllegalStateException("no article seeded through the API to copy");
			}
			long now = System.currentTimeMillis();
			List<Document> batch = new ArrayList<>();
			for (int i = from; i < to; i++) {
				Document article = Document.parse(templates.get(i % templates.size()));
				Date publishedAt = new Date(now - 60_000L - (long) (i % 365) * 86_400_000L - (i % 1440) * 60_000L);
				frSlugs[i - from] = fill(article, corpus.story(i), publishedAt);
				batch.add(article);
				if (batch.size() == BATCH || i == to - 1) {
					articles.insertMany(batch);
					batch.clear();
				}
			}
		}
		return frSlugs;
	}

	/** Gives a template copy story {@code story}'s text; returns its French slug. */
	private static String fill(Document article, NewsCorpus.Story story, Date publishedAt) {
		article.put("_id", new ObjectId());
		Document translations = article.get("translations", Document.class);
		List<String> slugKeys = new ArrayList<>();
		String frSlug = null;
		for (NewsCorpus.Translation text : story.translations()) {
			Document translation = translations.get(text.locale(), Document.class);
			if (translation == null) {
				continue;
			}
			String slug = Slugs.slugify(text.title());
			var parsed = MARKDOWN.parse(text.body());
			String plain = TEXT.render(parsed);
			translation.put("title", text.title());
			translation.put("slug", slug);
			translation.put("excerpt", plain.substring(0, Math.min(200, plain.length())));
			translation.put("body", text.body());
			translation.put("bodyHtml", HTML.render(parsed));
			translation.put("bodyText", plain);
			translation.put("updatedAt", publishedAt);
			slugKeys.add(Article.slugKey(text.locale(), slug));
			if (text.locale().equals("fr")) {
				frSlug = slug;
			}
		}
		article.put("slugKeys", slugKeys);
		article.put("retiredSlugKeys", List.of());
		article.put("publishedAt", publishedAt);
		article.put("createdAt", publishedAt);
		article.put("updatedAt", Date.from(Instant.now()));
		article.put("version", 0L);
		article.remove("revisionId");
		return frSlug;
	}

}
