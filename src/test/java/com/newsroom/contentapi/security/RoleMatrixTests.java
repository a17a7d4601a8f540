package com.newsroom.contentapi.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import com.newsroom.contentapi.IntegrationTest;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation that needs a role, found from the controllers' role
 * annotations (so a new operation is covered without editing this class), is refused to
 * every caller below that role: anonymous ({@code UNAUTHENTICATED}), a revoked or unknown
 * token (HTTP 401) and each lower role ({@code FORBIDDEN}); a refused call changes
 * nothing stored. Arguments are made up from the schema's types.
 */
class RoleMatrixTests extends IntegrationTest {

	private static final List<String> COLLECTIONS = List.of("articles", "tags", "comments", "comment_counts",
			"article_revisions", "audit_log", "api_tokens");

	@Autowired
	private ApplicationContext context;

	private int clients;

	@Autowired
	private GraphQlSource graphQlSource;

	/** A gated root field and the roles that may call it. */
	private record Gated(String type, String field, List<Role> allowed) {
	}

	private List<Gated> gatedOperations() {
		List<Gated> gated = new ArrayList<>();
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			for (Method method : AopUtils.getTargetClass(controller).getDeclaredMethods()) {
				String type = AnnotatedElementUtils.hasAnnotation(method, MutationMapping.class) ? "Mutation"
						: AnnotatedElementUtils.hasAnnotation(method, QueryMapping.class) ? "Query" : null;
				List<Role> allowed = allowedRoles(method);
				if (type != null && allowed != null) {
					gated.add(new Gated(type, method.getName(), allowed));
				}
			}
		}
		return gated;
	}

	private static List<Role> allowedRoles(Method method) {
		Map<Class<? extends Annotation>, List<Role>> byAnnotation = Map.of(EditorsOnly.class,
				List.of(Role.EDITOR, Role.ADMIN), ModeratorsOnly.class, List.of(Role.MODERATOR, Role.ADMIN),
				AdminsOnly.class, List.of(Role.ADMIN), EditorsAndModerators.class,
				List.of(Role.EDITOR, Role.MODERATOR, Role.ADMIN));
		for (Map.Entry<Class<? extends Annotation>, List<Role>> entry : byAnnotation.entrySet()) {
			if (method.isAnnotationPresent(entry.getKey())) {
				return entry.getValue();
			}
		}
		return null;
	}

	@Test
	void everyGatedOperationIsRefusedToEveryCallerBelowItsRole() {
		List<Gated> gated = gatedOperations();
		assertThat(gated).extracting(Gated::field)
			.contains("createArticle", "deleteArticle", "moderateComment", "apiTokens", "auditLog", "reindexSearch");
		String revoked = revokedToken();
		Map<String, Long> before = counts();
		List<String> failures = new ArrayList<>();
		for (Gated operation : gated) {
			String document = document(operation);
			check(failures, operation, "anonymous", this.anonymous, document, "UNAUTHENTICATED");
			for (Role role : List.of(Role.EDITOR, Role.MODERATOR)) {
				if (!operation.allowed().contains(role)) {
					check(failures, operation, role.name(), (role == Role.EDITOR) ? this.editor : this.moderator,
							document, "FORBIDDEN");
				}
			}
			for (String token : List.of("not-a-token", revoked)) {
				// each from an address of its own: refused tokens are throttled per
				// client
				String client = "192.0.2." + (++this.clients % 250 + 1);
				int status = post(document, "Authorization", "Bearer " + token, "X-Forwarded-For", client).getStatus()
					.value();
				if (status != 401) {
					failures.add(operation.field() + " with an unknown or revoked token: HTTP " + status);
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(counts()).as("refused calls change nothing").isEqualTo(before);
	}

	private void check(List<String> failures, Gated operation, String caller, HttpGraphQlTester tester, String document,
			String code) {
		GraphQlTester.Response response = tester.document(document).execute();
		response.errors().satisfy(errors -> {
			boolean refused = errors.stream()
				.anyMatch(error -> code.equals(error.getExtensions().get("code"))
						&& error.getPath().equals(operation.field()));
			if (!refused) {
				failures
					.add(operation.type() + "." + operation.field() + " as " + caller + ": expected " + code + ", got "
							+ errors.stream()
								.map(e -> e.getExtensions().get("code") + " " + e.getMessage())
								.collect(Collectors.joining("; ")));
			}
		});
	}

	private String revokedToken() {
		GraphQlTester.Response created = this.admin
			.document("mutation { createApiToken(name: \"to-revoke\", role: ADMIN) { id secret } }")
			.execute();
		String id = created.path("createApiToken.id").entity(String.class).get();
		String secret = created.path("createApiToken.secret").entity(String.class).get();
		this.admin.document("mutation($id: ID!) { revokeApiToken(id: $id) }").variable("id", id).execute();
		assertUnauthenticated(post("{ locales { tag } }", "Authorization", "Bearer " + secret));
		return secret;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		COLLECTIONS.forEach(collection -> counts.put(collection, this.mongo.count(new Query(), collection)));
		return counts;
	}

	/**
	 * {@code mutation { field(arg: value …) { __typename } }} with made-up values of the
	 * right types.
	 */
	private String document(Gated operation) {
		GraphQLSchema schema = this.graphQlSource.schema();
		GraphQLObjectType root = "Mutation".equals(operation.type()) ? schema.getMutationType() : schema.getQueryType();
		GraphQLFieldDefinition field = root.getFieldDefinition(operation.field());
		assertThat(field).as(operation.field()).isNotNull();
		String arguments = field.getArguments()
			.stream()
			.filter(argument -> GraphQLTypeUtil.isNonNull(argument.getType()))
			.map(argument -> argument.getName() + ": " + value(argument.getName(), argument.getType()))
			.collect(Collectors.joining(", "));
		GraphQLType result = GraphQLTypeUtil.unwrapAll(field.getType());
		String selection = (result instanceof GraphQLObjectType) ? " { __typename }" : "";
		return operation.type().toLowerCase() + " { " + field.getName()
				+ (arguments.isEmpty() ? "" : "(" + arguments + ")") + selection + " }";
	}

	private String value(String name, GraphQLInputType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			return value(name, (GraphQLInputType) nonNull.getWrappedType());
		}
		if (type instanceof GraphQLList list) {
			return "[" + value(name, (GraphQLInputType) list.getWrappedType()) + "]";
		}
		if (type instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (type instanceof GraphQLInputObjectType input) {
			return "{" + input.getFieldDefinitions()
				.stream()
				.filter(inputField -> GraphQLTypeUtil.isNonNull(inputField.getType()))
				.map((GraphQLInputObjectField inputField) -> inputField.getName() + ": "
						+ value(inputField.getName(), inputField.getType()))
				.collect(Collectors.joining(", ")) + "}";
		}
		String scalar = ((GraphQLNamedType) type).getName();
		return switch (scalar) {
			case "ID" -> "\"0123456789abcdef01234567\"";
			case "Int" -> "1";
			case "Float" -> "1.0";
			case "Boolean" -> "true";
			case "Locale" -> "\"fr\"";
			case "DateTime" -> "\"2030-01-01T00:00:00Z\"";
			default ->
				"\"" + (name.toLowerCase().contains("email") ? "a@example.ma" : "valeur-" + name.toLowerCase()) + "\"";
		};
	}

}
