package com.newsroom.contentapi.security;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens: created and revoked by admins, stored hashed, effective at once. */
class ApiTokenTests extends IntegrationTest {

	private static final String CREATE = "mutation($name: String!, $role: Role!) { createApiToken(name: $name, role: $role) { id name role secret } }";

	private static final String CREATE_TAG = "mutation { createTag(input: { slug: \"t\", names: [] }) { slug } }";

	@Test
	void adminCreatesATokenThatWorksAndIsStoredHashed() {
		var created = this.admin.document(CREATE).variable("name", "desk").variable("role", "EDITOR").execute();
		String secret = created.path("createApiToken.secret").entity(String.class).get();
		String id = created.path("createApiToken.id").entity(String.class).get();
		created.path("createApiToken.role").entity(String.class).isEqualTo("EDITOR");

		withToken(secret).document(CREATE_TAG).execute().path("createTag.slug").entity(String.class).isEqualTo("t");

		Document stored = this.mongo.findOne(Query.query(Criteria.where("_id").is(new org.bson.types.ObjectId(id))),
				Document.class, "api_tokens");
		assertThat(stored).isNotNull();
		assertThat(stored.toJson()).doesNotContain(secret).doesNotContain(secret.substring(4));
		assertThat(stored.getString("secretHash")).hasSize(64);
	}

	@Test
	void revokedTokenIsUnauthenticatedAtOnce() {
		var created = this.admin.document(CREATE)
			.variable("name", "revoked-" + System.nanoTime())
			.variable("role", "EDITOR")
			.execute();
		String secret = created.path("createApiToken.secret").entity(String.class).get();
		String id = created.path("createApiToken.id").entity(String.class).get();
		this.admin.document("mutation($id: ID!) { revokeApiToken(id: $id) }")
			.variable("id", id)
			.execute()
			.path("revokeApiToken")
			.entity(String.class)
			.isEqualTo(id);
		assertUnauthenticated(post("{ locales { tag } }", "Authorization", "Bearer " + secret));
		List<String> revokedAt = this.admin.document("{ apiTokens { id revokedAt } }")
			.execute()
			.path("apiTokens[?(@.id == '" + id + "')].revokedAt")
			.entityList(String.class)
			.get();
		assertThat(revokedAt).singleElement().satisfies(at -> assertThat(java.time.Instant.parse(at)).isNotNull());
	}

	@Test
	void onlyAdminsManageTokens() {
		for (HttpGraphQlTester tester : List.of(this.editor, this.moderator)) {
			assertError(tester.document(CREATE).variable("name", "x").variable("role", "ADMIN").execute(), "FORBIDDEN");
			assertError(tester.document("{ apiTokens { name } }").execute(), "FORBIDDEN");
			assertError(tester.document("mutation { revokeApiToken(id: \"abc\") }").execute(), "FORBIDDEN");
		}
		assertError(this.anonymous.document(CREATE).variable("name", "x").variable("role", "ADMIN").execute(),
				"UNAUTHENTICATED");
	}

	@Test
	void moderatorTokenIsForbiddenToEditContent() {
		assertError(this.moderator.document(CREATE_TAG).execute(), "FORBIDDEN");
	}

	@Test
	void anyOtherAuthorizationIsRefusedEvenForPublicReads() {
		for (String authorization : List.of("x", "Bearer", "Bearer junk", "Basic Zm9vOmJhcg==", "bearer cat_made-up")) {
			assertUnauthenticated(post("{ locales { tag } }", "Authorization", authorization));
		}
	}

}
