package com.newsroom.contentapi;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages must not depend on each other in cycles (tags do not know articles,
 * and so on), and the shared mechanisms know no feature: a feature plugs into them
 * through the interfaces they offer (cache keys, watched collections, schedules), so
 * adding one never edits them.
 */
@AnalyzeClasses(packages = "com.newsroom.contentapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.newsroom.contentapi.(*)..")
		.should()
		.beFreeOfCycles();

	@ArchTest
	static final ArchRule sharedMechanismsImportNoFeature = noClasses().that()
		.resideInAnyPackage("..contentapi.delivery..", "..contentapi.graphql..", "..contentapi.storage..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("..contentapi.article..", "..contentapi.tag..", "..contentapi.comment..",
				"..contentapi.search..", "..contentapi.audit..", "..contentapi.sample..", "..contentapi.security..");

	/** Null-safety is declared per package (JSpecify), so a new package states it too. */
	@ArchTest
	static final ArchRule everyPackageIsNullMarked = classes()
		.should(new ArchCondition<>("reside in a @NullMarked package") {
			@Override
			public void check(JavaClass javaClass, ConditionEvents events) {
				if (!javaClass.getPackage().isAnnotatedWith(NullMarked.class)) {
					events.add(SimpleConditionEvent.violated(javaClass,
							javaClass.getPackageName() + " has no package-info.java annotated @NullMarked"));
				}
			}
		});

}
