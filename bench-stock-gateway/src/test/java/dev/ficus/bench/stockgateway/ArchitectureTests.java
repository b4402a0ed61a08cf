package dev.ficus.bench.stockgateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import dev.ficus.testsupport.architecture.ProjectRules;

/**
 * The stock gateway of the benchmarks keeps the project's conventions.
 */
@AnalyzeClasses(packages = "dev.ficus.bench.stockgateway",
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

}
