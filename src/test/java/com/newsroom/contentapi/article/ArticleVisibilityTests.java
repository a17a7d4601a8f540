package com.newsroom.contentapi.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;
import com.newsroom.contentapi.security.Caller;
import com.newsroom.contentapi.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three forms of visibility agree: for articles in every state, at several instants,
 * the query criteria select exactly the articles the in-memory rule says, and the next
 * change is the next scheduled publication.
 */
class ArticleVisibilityTests extends IntegrationTest {

	@Autowired
	ArticleVisibility visibility;

	@Autowired
	MongoTemplate mongo;

	@Test
	void criteriaSelectExactlyWhatTheInMemoryRuleSays() {
		List<String> ids = new ArrayList<>();
		ids.add(createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of()));
		ids.add(createPublishedArticle(List.of(translation("fr", "Publié", "Texte")), List.of()));
		String soon = createArticle(List.of(translation("fr", "Bientôt", "Texte")), List.of());
		schedule(soon, Duration.ofMinutes(10));
		ids.add(soon);
		String later = createArticle(List.of(translation("fr", "Plus tard", "Texte")), List.of());
		schedule(later, Duration.ofHours(2));
		ids.add(later);
		String archived = createPublishedArticle(List.of(translation("fr", "Archivé", "Texte")), List.of());
		this.editor.document("mutation($id: ID!) { archiveArticle(id: $id) { id } }")
			.variable("id", archived)
			.execute()
			.path("archiveArticle.id")
			.entity(String.class)
			.isEqualTo(archived);
		ids.add(archived);
		String trashed = createArticle(List.of(translation("fr", "Corbeille", "Texte")), List.of());
		schedule(trashed, Duration.ofMinutes(5));
		this.editor.document("mutation($id: ID!) { deleteArticle(id: $id) }").variable("id", trashed).execute();
		ids.add(trashed);

		Caller reader = Caller.ANONYMOUS;
		Caller editor = new Caller("editor", Role.EDITOR);
		for (Duration step : List.of(Duration.ZERO, Duration.ofMinutes(11), Duration.ofHours(3))) {
			this.clock.advance(step);
			List<Article> articles = this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Article.class);
			for (ArticleStatus status : List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED, ArticleStatus.DRAFT,
					ArticleStatus.ARCHIVED, ArticleStatus.TRASHED)) {
				assertThat(selected(this.visibility.criteria(status), ids)).as(status + " after " + step)
					.containsExactlyInAnyOrderElementsOf(articles.stream()
						.filter(article -> this.visibility.statusOf(article) == status)
						.map(Article::getId)
						.toList());
			}
			for (Caller caller : List.of(reader, editor)) {
				assertThat(selected(this.visibility.visibleTo(caller), ids)).as(caller + " after " + step)
					.containsExactlyInAnyOrderElementsOf(articles.stream()
						.filter(article -> this.visibility.isVisibleTo(article, caller))
						.map(Article::getId)
						.toList());
			}
		}
	}

	@Test
	void theNextChangeIsTheNextScheduledPublication() {
		String id = createArticle(List.of(translation("fr", "À venir", "Texte")), List.of());
		java.time.Instant at = this.clock.instant().plus(Duration.ofMinutes(30));
		schedule(id, Duration.ofMinutes(30));
		// other tests may have left articles scheduled before it, never after it
		assertThat(this.visibility.nextChange()).hasValueSatisfying(next -> assertThat(next).isBeforeOrEqualTo(at));
		this.clock.advance(Duration.ofMinutes(31));
		assertThat(this.visibility.nextChange().filter(next -> !next.isAfter(at))).isEmpty();
	}

	private List<String> selected(Criteria criteria, List<String> among) {
		return this.mongo
			.find(Query.query(new Criteria().andOperator(criteria, Criteria.where("_id").in(among))), Article.class)
			.stream()
			.map(Article::getId)
			.toList();
	}

	private void schedule(String id, Duration in) {
		this.editor.document("mutation($id: ID!, $at: DateTime) { publishArticle(id: $id, at: $at) { status } }")
			.variable("id", id)
			.variable("at", this.clock.instant().plus(in).toString())
			.execute()
			.path("publishArticle.status")
			.entity(String.class)
			.isEqualTo("SCHEDULED");
	}

}
