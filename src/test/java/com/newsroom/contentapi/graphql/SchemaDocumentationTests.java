package com.newsroom.contentapi.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.DescribedNode;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.DirectiveInfo;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the API's documentation: every element has a description, and later
 * features inherit the rule.
 */
class SchemaDocumentationTests {

	private static final Path SCHEMA_DIRECTORY = Path.of("schema");

	@Test
	void everySchemaElementHasADescription() throws IOException {
		TypeDefinitionRegistry registry = parseSchema();
		List<String> missing = new ArrayList<>();
		registry.types().values().forEach((type) -> checkType(type, missing));
		registry.scalars()
			.values()
			.stream()
			.filter((scalar) -> !ScalarInfo.isGraphqlSpecifiedScalar(scalar.getName()))
			.forEach((scalar) -> check(scalar, scalar.getName(), missing));
		// An extension carries no description of its own in SDL: only what it adds is
		// checked.
		registry.objectTypeExtensions().values().forEach((extensions) -> checkMembers(extensions, missing));
		registry.interfaceTypeExtensions().values().forEach((extensions) -> checkMembers(extensions, missing));
		registry.inputObjectTypeExtensions().values().forEach((extensions) -> checkMembers(extensions, missing));
		registry.enumTypeExtensions().values().forEach((extensions) -> checkMembers(extensions, missing));
		registry.getDirectiveDefinitions()
			.values()
			.stream()
			.filter((directive) -> !DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName()))
			.forEach((directive) -> checkDirective(directive, missing));
		assertThat(registry.getType("Query")).isPresent();
		assertThat(missing).isEmpty();
	}

	private static TypeDefinitionRegistry parseSchema() throws IOException {
		List<Path> files;
		try (Stream<Path> listing = Files.list(SCHEMA_DIRECTORY)) {
			files = listing.filter((file) -> file.toString().endsWith(".graphqls")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		SchemaParser parser = new SchemaParser();
		TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
		for (Path file : files) {
			registry.merge(parser.parse(file.toFile()));
		}
		return registry;
	}

	private static void checkType(TypeDefinition<?> type, List<String> missing) {
		if (type instanceof DescribedNode<?> described) {
			check(described, type.getName(), missing);
		}
		checkMembers(type, missing);
	}

	private static void checkMembers(List<? extends TypeDefinition<?>> extensions, List<String> missing) {
		extensions.forEach((extension) -> checkMembers(extension, missing));
	}

	private static void checkMembers(TypeDefinition<?> type, List<String> missing) {
		if (type instanceof ImplementingTypeDefinition<?> implementing) {
			for (FieldDefinition field : implementing.getFieldDefinitions()) {
				String path = type.getName() + "." + field.getName();
				check(field, path, missing);
				checkArguments(field.getInputValueDefinitions(), path, missing);
			}
		}
		else if (type instanceof InputObjectTypeDefinition input) {
			for (InputValueDefinition field : input.getInputValueDefinitions()) {
				check(field, type.getName() + "." + field.getName(), missing);
			}
		}
		else if (type instanceof EnumTypeDefinition enumType) {
			for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
				check(value, type.getName() + "." + value.getName(), missing);
			}
		}
	}

	private static void checkDirective(DirectiveDefinition directive, List<String> missing) {
		String path = "@" + directive.getName();
		check(directive, path, missing);
		checkArguments(directive.getInputValueDefinitions(), path, missing);
	}

	private static void checkArguments(List<InputValueDefinition> arguments, String path, List<String> missing) {
		for (InputValueDefinition argument : arguments) {
			check(argument, path + "(" + argument.getName() + ":)", missing);
		}
	}

	private static void check(DescribedNode<?> node, String path, List<String> missing) {
		if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
			missing.add(path);
		}
	}

}
