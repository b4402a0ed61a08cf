package dev.ficus.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analyzer reads as a pipeline; these rules keep its dependencies pointing one way. */
@AnalyzeClasses(packages = "dev.ficus.analyzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule STAGES_DEPEND_ONE_WAY = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("cli").definedBy("dev.ficus.analyzer.cli..")
            .layer("quality").definedBy("dev.ficus.analyzer.quality..")
            .layer("score").definedBy("dev.ficus.analyzer.score..")
            .layer("report").definedBy("dev.ficus.analyzer.report..")
            .layer("scaffold").definedBy("dev.ficus.analyzer.scaffold..")
            .layer("plan").definedBy("dev.ficus.analyzer.plan..")
            .layer("boundaries").definedBy("dev.ficus.analyzer.boundaries..")
            .layer("graph").definedBy("dev.ficus.analyzer.graph..")
            .layer("source").definedBy("dev.ficus.analyzer.source..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("quality").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("score").mayOnlyBeAccessedByLayers("quality", "cli")
            .whereLayer("report").mayOnlyBeAccessedByLayers("quality", "cli")
            .whereLayer("scaffold").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("plan").mayOnlyBeAccessedByLayers("scaffold", "cli")
            .whereLayer("boundaries").mayOnlyBeAccessedByLayers("plan", "scaffold", "report", "score", "quality", "cli")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("boundaries", "plan", "scaffold", "report", "quality", "cli")
            .whereLayer("source")
            .mayOnlyBeAccessedByLayers("graph", "boundaries", "plan", "scaffold", "report", "score", "quality", "cli")
            .because("the analyzer is a pipeline source → graph → boundaries → report with the cli on top: "
                    + "each stage builds on the ones before it and never reaches forward");

    @ArchTest
    static final ArchRule METRICS_MEASURE_ANY_GRAPH = classes()
            .that().resideInAPackage("dev.ficus.analyzer.boundaries.metrics..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jgrapht..",
                    "dev.ficus.analyzer.boundaries.metrics..")
            .because("a quality metric is defined on any JGraphT graph and partition, "
                    + "so it can be tested on hand-built graphs and reused outside the analyzer");

    @ArchTest
    static final ArchRule ONLY_THE_CLI_KNOWS_PICOCLI = noClasses()
            .that().resideOutsideOfPackage("dev.ficus.analyzer.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the stages are a library; only the command line parses arguments and maps exit codes");
}
