package com.newsroom.contentapi.comment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spam signals, moderation, counts, privacy and threads, over HTTP (auto-approval:
 * CommentAutoApprovalTests).
 */
class CommentModerationTests extends CommentTestSupport {

	private static final String QUEUE = """
			query($status: CommentStatus, $article: ID) { commentsForModeration(status: $status, articleId: $article) {
			  totalCount edges { node { id body status spamScore spamSignals authorEmail clientIp } } } }""";

	private java.util.List<String> signalsOf(String commentId) {
		return this.moderator.document("""
				query { commentsForModeration(status: PENDING, first: 100) { edges { node { id spamSignals } } } }""")
			.execute()
			.path("commentsForModeration.edges[?(@.node.id == '" + commentId + "')].node.spamSignals[*]")
			.entityList(String.class)
			.get();
	}

	@Test
	void linksAreASignal() {
		String id = postAndGetId(article(), "a@example.ma", "Voir https://a.example.org et www.b.example.org");
		assertThat(signalsOf(id)).containsExactly("links:2");
	}

	@Test
	void blockedWordsAreASignal() {
		String id = postAndGetId(article(), "a@example.ma", "Achetez du VIAGRA ici");
		assertThat(signalsOf(id)).containsExactly("blocked-words:viagra");
	}

	@Test
	void repeatedCharactersAreASignal() {
		String id = postAndGetId(article(), "a@example.ma", "Génial!!!!!!!!!!!!");
		assertThat(signalsOf(id)).containsExactly("repeated-characters");
	}

	@Test
	void theSameTextPostedAgainIsASignal() {
		String article = article();
		String first = postAndGetId(article, "a@example.ma", "Copié collé partout");
		String second = postAndGetId(article, "b@example.ma", "  copié   COLLÉ partout ");
		assertThat(signalsOf(first)).isEmpty();
		assertThat(signalsOf(second)).containsExactly("duplicate");
	}

	@Test
	void aChallengeSolvedTooFastIsASignal() {
		String article = article();
		HttpGraphQlTester reader = newReader();
		Challenge challenge = challenge(reader, "fr");
		String id = reader.document(ADD)
			.variable("input", input(article, "bot@example.ma", "Réponse éclair", challenge, challenge.answer()))
			.execute()
			.path("addComment.comment.id")
			.entity(String.class)
			.get();
		assertThat(signalsOf(id)).containsExactly("too-fast");
	}

	@Test
	void aBlockedDomainMakesItSpamThatIsNeverShown() {
		String article = article();
		post(newReader(), Map.of("authorUrl", "https://shop.spam.example/offer"), article, "s@example.ma", "Bonjour")
			.path("addComment.status")
			.entity(String.class)
			.isEqualTo("SPAM");
		this.moderator.document(QUEUE)
			.variable("status", "SPAM")
			.variable("article", article)
			.execute()
			.path("commentsForModeration.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("commentsForModeration.edges[0].node.spamSignals")
			.entityList(String.class)
			.contains("blocked-domain")
			.path("commentsForModeration.edges[0].node.spamScore")
			.entity(Integer.class)
			.isEqualTo(5);
		this.anonymous.document("query($id: ID!) { article(id: $id) { commentCount comments { totalCount } } }")
			.variable("id", article)
			.execute()
			.path("article.commentCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("article.comments.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

	@Test
	void moderationChangesCountsAndVisibility() {
		String article = article();
		String id = postAndGetId(article, "a@example.ma", "À modérer");
		this.moderator.document(QUEUE)
			.variable("article", article)
			.execute()
			.path("commentsForModeration.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("commentsForModeration.edges[0].node.body")
			.entity(String.class)
			.isEqualTo("À modérer");
		assertThat(approve(id)).isEqualTo("APPROVED");
		assertThat(commentCount(article)).isEqualTo(1);
		this.anonymous.document("query($id: ID!) { article(id: $id) { comments { edges { node { body } } } } }")
			.variable("id", article)
			.execute()
			.path("article.comments.edges[*].node.body")
			.entityList(String.class)
			.containsExactly("À modérer");

		this.moderator
			.document("mutation($id: ID!) { moderateComment(id: $id, status: REJECTED) { status moderatedBy } }")
			.variable("id", id)
			.execute()
			.path("moderateComment.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("moderateComment.moderatedBy")
			.entity(String.class)
			.isEqualTo("test-moderator");
		assertThat(commentCount(article)).isEqualTo(0);

		approve(id);
		this.moderator.document("mutation($id: ID!) { deleteComment(id: $id) }")
			.variable("id", id)
			.execute()
			.path("deleteComment")
			.entity(String.class)
			.isEqualTo(id);
		assertThat(commentCount(article)).isEqualTo(0);
		assertError(
				this.moderator.document("mutation($id: ID!) { deleteComment(id: $id) }").variable("id", id).execute(),
				"NOT_FOUND");
		this.admin.document(
				"query($id: ID!) { auditLog(articleId: $id, first: 4) { edges { node { action actor summary } } } }")
			.variable("id", article)
			.execute()
			.path("auditLog.edges[*].node.action")
			.entityList(String.class)
			.containsExactly("comment.delete", "comment.moderate", "comment.moderate", "comment.moderate")
			.path("auditLog.edges[2].node.summary")
			.entity(String.class)
			.isEqualTo("APPROVED → REJECTED")
			.path("auditLog.edges[0].node.actor")
			.entity(String.class)
			.isEqualTo("test-moderator");
	}

	@Test
	void onlyModeratorsAndAdminsModerate() {
		String id = postAndGetId(article(), "a@example.ma", "Texte");
		assertError(this.anonymous.document(QUEUE).execute(), "UNAUTHENTICATED");
		assertError(this.editor.document(QUEUE).execute(), "FORBIDDEN");
		assertError(this.editor.document("mutation($id: ID!) { moderateComment(id: $id, status: APPROVED) { id } }")
			.variable("id", id)
			.execute(), "FORBIDDEN");
		assertError(
				this.anonymous.document("mutation($id: ID!) { deleteComment(id: $id) }").variable("id", id).execute(),
				"UNAUTHENTICATED");
		this.admin.document("mutation($id: ID!) { moderateComment(id: $id, status: APPROVED) { status } }")
			.variable("id", id)
			.execute()
			.path("moderateComment.status")
			.entity(String.class)
			.isEqualTo("APPROVED");
	}

	@Test
	void emailAndAddressAreVisibleToModeratorsOnly() {
		String article = article();
		String id = postAndGetId(article, "private@example.ma", "Visible");
		approve(id);
		String query = """
				query($id: ID!) { article(id: $id) { comments { edges { node { authorName authorEmail clientIp userAgent spamSignals } } } } }""";
		this.anonymous.document(query)
			.variable("id", article)
			.execute()
			.path("article.comments.edges[0].node.authorName")
			.entity(String.class)
			.isEqualTo("Salma")
			.path("article.comments.edges[0].node.authorEmail")
			.valueIsNull()
			.path("article.comments.edges[0].node.clientIp")
			.valueIsNull()
			.path("article.comments.edges[0].node.spamSignals")
			.valueIsNull();
		this.editor.document(query)
			.variable("id", article)
			.execute()
			.path("article.comments.edges[0].node.authorEmail")
			.valueIsNull();
		this.moderator.document(query)
			.variable("id", article)
			.execute()
			.path("article.comments.edges[0].node.authorEmail")
			.entity(String.class)
			.isEqualTo("private@example.ma")
			.path("article.comments.edges[0].node.clientIp")
			.entity(String.class)
			.satisfies(ip -> assertThat(ip).startsWith("10.1."));
	}

	@Test
	void repliesNestToTheConfiguredDepthAndAreBatched() {
		String article = article();
		Author author = knownAuthor(article);
		String top = approvedReply(article, author, null, "Niveau 0");
		String one = approvedReply(article, author, top, "Niveau 1");
		String two = approvedReply(article, author, one, "Niveau 2");
		String three = approvedReply(article, author, two, "Niveau 3");
		post(newReader(), Map.of("parentId", three, "authorToken", author.token()), article, author.email(),
				"Trop profond")
			.path("addComment.comment.parentId")
			.entity(String.class)
			.isEqualTo(two)
			.path("addComment.comment.depth")
			.entity(Integer.class)
			.isEqualTo(3);

		this.commands.reset();
		this.anonymous.document("""
				query($id: ID!) { article(id: $id) { commentCount comments { edges { node { body replyCount
				  replies { body replyCount replies { body replies { body replies { body } } } } } } } } }""")
			.variable("id", article)
			.execute()
			.path("article.commentCount")
			.entity(Integer.class)
			.isEqualTo(6)
			.path("article.comments.edges[*].node.body")
			.entityList(String.class)
			.containsExactly("Premier commentaire de " + author.email(), "Niveau 0")
			.path("article.comments.edges[1].node.replyCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("article.comments.edges[1].node.replies[0].replies[0].replies[*].body")
			.entityList(String.class)
			.containsExactly("Niveau 3", "Trop profond");
		// article, count, page of comments, then one query per level of replies (not one
		// per comment)
		assertThat(this.commands.count()).isLessThanOrEqualTo(7);
	}

	private String approvedReply(String article, Author author, String parentId, String body) {
		Map<String, Object> extra = new java.util.HashMap<>(author.proof());
		if (parentId != null) {
			extra.put("parentId", parentId);
		}
		var response = post(newReader(), extra, article, author.email(), body);
		response.path("addComment.status").entity(String.class).isEqualTo("APPROVED");
		return response.path("addComment.comment.id").entity(String.class).get();
	}

	@Test
	void replyToACommentOfAnotherArticleIsRefused() {
		String first = article();
		String second = article();
		Author author = knownAuthor(first);
		String top = approvedReply(first, author, null, "Sur le premier");
		post(newReader(), Map.of("parentId", top, "authorToken", author.token()), second, author.email(),
				"Réponse égarée")
			.errors()
			.satisfy(hasError("BAD_USER_INPUT", error -> "input.parentId".equals(error.getExtensions().get("field"))));
	}

}
