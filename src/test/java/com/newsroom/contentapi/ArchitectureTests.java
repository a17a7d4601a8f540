package com.newsroom.contentapi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Feature packages must not depend on each other in cycles (tags do not know articles, and so on). */
@AnalyzeClasses(packages = "com.newsroom.contentapi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.newsroom.contentapi.(*)..")
		.should()
		.beFreeOfCycles();

}
