package dev.ficus.analyzer.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * What extract may read. Kept beside extract's tests rather than in
 * {@code ArchitectureTests}, which another change owns; it can move there as it is.
 */
@AnalyzeClasses(packages = "dev.ficus.analyzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ExtractArchitectureTests {

    @ArchTest
    static final ArchRule EXTRACT_READS_ONLY_THE_PLAN = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.extract..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.analyzer.graph..", "dev.ficus.analyzer.boundaries..",
                "dev.ficus.analyzer.document..", "com.github.javaparser..")
        .because("a later stage never recomputes what an earlier one knew: extract reads the monolith's code from "
                + "plan.json (calledTypes, events, each crossing call's transactionalMethod) and never parses "
                + "its sources");

}
