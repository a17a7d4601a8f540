package com.newsroom.contentapi.comment;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-approval trusts an author who proves, with the signed token of an earlier post, an
 * identity a moderator approved, and never a comment with links; an e-mail address proves
 * nothing.
 */
class CommentAutoApprovalTests extends CommentTestSupport {

	@Test
	void theEmailOfAnApprovedAuthorInAnotherCaseWithoutTokenWaitsForModeration() {
		String article = article();
		approve(postAndGetId(article, "salma.regular@example.ma", "Un commentaire approuvé"));
		post(newReader(), Map.of(), article, "Salma.REGULAR@Example.MA", "Je me fais passer pour Salma")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		assertThat(commentCount(article)).isEqualTo(1);
	}

	@Test
	void aProvenAuthorWithoutLinksIsApprovedAtOnce() {
		String article = article();
		Author author = knownAuthor(article);
		post(newReader(), author.proof(), article, author.email(), "Encore moi, sans lien").path("addComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
		assertThat(commentCount(article)).isEqualTo(2);
	}

	@Test
	void aProvenAuthorWithALinkWaitsForModeration() {
		String article = article();
		Author author = knownAuthor(article);
		post(newReader(), author.proof(), article, author.email(), "Encore moi, avec un lien https://example.org")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void aProvenAuthorWithAnAuthorUrlWaitsForModeration() {
		String article = article();
		Author author = knownAuthor(article);
		Map<String, Object> extra = Map.of("authorToken", author.token(), "authorUrl", "https://blog.example.ma");
		post(newReader(), extra, article, author.email(), "Encore moi").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void aProvenAuthorWithAHighSpamScoreWaitsForModeration() {
		String article = article();
		Author author = knownAuthor(article);
		post(newReader(), author.proof(), article, author.email(), "Et du viagra").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void theTokenOfAnAuthorNoModeratorApprovedYetIsNotEnough() {
		String article = article();
		String token = post(ADD_AS_AUTHOR, newReader(), Map.of(), article, "new@example.ma", "Premier commentaire")
			.path("addComment.authorToken")
			.entity(String.class)
			.get();
		post(newReader(), Map.of("authorToken", token), article, "new@example.ma", "Deuxième commentaire")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void everyPostRenewsTheAuthorsToken() {
		String article = article();
		Author author = knownAuthor(article);
		this.clock.advance(Duration.ofDays(60));
		String renewed = post(ADD_AS_AUTHOR, newReader(), author.proof(), article, author.email(), "Deux mois après")
			.path("addComment.authorToken")
			.entity(String.class)
			.get();
		this.clock.advance(Duration.ofDays(40));
		post(newReader(), Map.of("authorToken", renewed), article, author.email(), "Cent jours après le premier")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
	}

	@Test
	void anExpiredTokenIsIgnored() {
		String article = article();
		Author author = knownAuthor(article);
		this.clock.advance(Duration.ofDays(91));
		post(ADD_AS_AUTHOR, newReader(), author.proof(), article, author.email(), "Trois mois plus tard")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("addComment.authorToken")
			.entity(String.class)
			.satisfies(token -> assertThat(token).isNotBlank());
	}

	@Test
	void anAlteredTokenIsIgnored() {
		String article = article();
		Author author = knownAuthor(article);
		String[] parts = author.token().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]));
		String later = payload.replaceFirst("\\|(\\d+)$", "|9999999999");
		String altered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes()) + "."
				+ parts[2];
		post(newReader(), Map.of("authorToken", altered), article, author.email(), "Jeton modifié")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void aForgedTokenIsIgnored() {
		String article = article();
		Author author = knownAuthor(article);
		post(newReader(), Map.of("authorToken", "a1.forged.token"), article, author.email(), "Jeton inventé")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void trustEndsWhenTheCommentAModeratorApprovedIsRejected() {
		String article = article();
		GraphQlTester.Response first = post(ADD_AS_AUTHOR, newReader(), Map.of(), article, "fickle@example.ma",
				"Premier");
		String firstId = first.path("addComment.comment.id").entity(String.class).get();
		Map<String, Object> proof = Map.of("authorToken",
				first.path("addComment.authorToken").entity(String.class).get());
		approve(firstId);
		post(newReader(), proof, article, "fickle@example.ma", "Approuvé d'office").path("addComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
		this.moderator.document("mutation($id: ID!) { moderateComment(id: $id, status: REJECTED) { status } }")
			.variable("id", firstId)
			.execute()
			.path("moderateComment.status")
			.entity(String.class)
			.isEqualTo("REJECTED");
		post(newReader(), proof, article, "fickle@example.ma", "Après le rejet").path("addComment.status")
			.entity(String.class)
			.isEqualTo("PENDING");
	}

	@Test
	void theIndexThatMatchedAuthorsByEmailIsDroppedAtStart() {
		IndexOperations indexes = this.mongo.indexOps(Comment.class);
		indexes.createIndex(new Index().on("authorEmail", Sort.Direction.ASC)
			.on("status", Sort.Direction.ASC)
			.named("known_authors"));
		new CommentStore(this.mongo);
		assertThat(indexes.getIndexInfo()).extracting(IndexInfo::getName)
			.contains("author_key")
			.doesNotContain("known_authors");
	}

}
