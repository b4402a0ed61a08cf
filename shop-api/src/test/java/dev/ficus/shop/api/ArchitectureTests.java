package dev.ficus.shop.api;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ficus.testsupport.architecture.ProjectRules;

/**
 * The published language keeps the project's conventions; its parts (catalog, inventory,
 * seed) depend on each other one way.
 */
@AnalyzeClasses(packages = "dev.ficus.shop.api",
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = ProjectRules.featuresFreeOfCycles("dev.ficus.shop.api");

}
