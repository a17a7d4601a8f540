package com.newsroom.contentapi.security;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's secrets stay out of the content database: whoever reads MongoDB cannot
 * sign tokens.
 */
class SecretStorageTests extends IntegrationTest {

	@Test
	void noSecretIsKeptInTheContentDatabaseOnceTokensAreSigned() {
		String article = createArticle(List.of(translation("fr", "Brouillon", "Texte")), List.of());
		this.editor.document("mutation($id: ID!) { createPreviewLink(articleId: $id) { token } }")
			.variable("id", article)
			.execute()
			.path("createPreviewLink.token")
			.hasValue();
		this.anonymous.document("{ commentChallenge { token } }").execute().path("commentChallenge.token").hasValue();
		for (String collection : this.mongo.getCollectionNames()) {
			assertThat(this.mongo.find(Query.query(Criteria.where("_id").regex("secret", "i")), Document.class,
					collection))
				.as(collection)
				.isEmpty();
		}
	}

}
