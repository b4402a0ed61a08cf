package dev.ficus.analyzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ficus.testsupport.architecture.ProjectRules;
import java.util.Set;

/**
 * The analyzer reads as a pipeline; these rules keep its dependencies pointing one way
 * and its classes small (the project's rules: no catch-all package, no long file without
 * a reason, every package @NullMarked).
 */
@AnalyzeClasses(packages = "dev.ficus.analyzer",
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

    @ArchTest
    static final ArchRule STAGES_DEPEND_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("cli")
        .definedBy("dev.ficus.analyzer.cli..")
        .layer("quality")
        .definedBy("dev.ficus.analyzer.quality..")
        .layer("score")
        .definedBy("dev.ficus.analyzer.score..")
        .layer("report")
        .definedBy("dev.ficus.analyzer.report..")
        .layer("extract")
        .definedBy("dev.ficus.analyzer.extract..")
        .layer("plan")
        .definedBy("dev.ficus.analyzer.plan..")
        .layer("analyzer")
        .definedBy("dev.ficus.analyzer")
        .layer("boundaries")
        .definedBy("dev.ficus.analyzer.boundaries..")
        .layer("graph")
        .definedBy("dev.ficus.analyzer.graph..")
        .layer("document")
        .definedBy("dev.ficus.analyzer.document..")
        .layer("source")
        .definedBy("dev.ficus.analyzer.source..")
        .layer("work")
        .definedBy("dev.ficus.analyzer.work..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("quality")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("score")
        .mayOnlyBeAccessedByLayers("quality", "cli")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "quality", "score")
        .whereLayer("extract")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("plan")
        .mayOnlyBeAccessedByLayers("extract", "cli")
        .whereLayer("analyzer")
        .mayOnlyBeAccessedByLayers("cli", "quality", "score")
        .whereLayer("boundaries")
        .mayOnlyBeAccessedByLayers("analyzer", "cli", "quality", "score")
        .whereLayer("graph")
        .mayOnlyBeAccessedByLayers("boundaries", "analyzer", "cli", "quality", "score")
        .whereLayer("document")
        .mayOnlyBeAccessedByLayers("graph", "analyzer", "plan", "extract", "report", "cli", "quality", "score")
        .whereLayer("source")
        .mayOnlyBeAccessedByLayers("document", "graph", "boundaries", "analyzer", "plan", "extract", "report", "cli",
                "quality", "score")
        .whereLayer("work")
        .mayOnlyBeAccessedByLayers("source", "graph", "boundaries", "analyzer", "plan", "report", "cli", "quality",
                "score")
        .because("the analyzer is a pipeline source → graph → boundaries → (document) → plan/extract → report "
                + "with the cli on top: each stage builds on the ones before it and never reaches forward");

    /**
     * What the graph stage offers the later stages besides its root package: the entry
     * points its model carries and the readers the analysis document is built from.
     */
    static final Set<String> GRAPH_EXPORTS = Set.of("dev.ficus.analyzer.graph.entrypoints.EntryPoint",
            "dev.ficus.analyzer.graph.calls.CallSites", "dev.ficus.analyzer.graph.data.EntityTables",
            "dev.ficus.analyzer.graph.resolve.SourceIndex");

    @ArchTest
    static final ArchRule GRAPH_KEEPS_ITS_WORKINGS_INSIDE = noClasses().that()
        .resideOutsideOfPackage("dev.ficus.analyzer.graph..")
        .should()
        .dependOnClassesThat(new DescribedPredicate<JavaClass>("are in a graph sub-package and not exported") {
            @Override
            public boolean test(JavaClass type) {
                return type.getPackageName().startsWith("dev.ficus.analyzer.graph.")
                        && !GRAPH_EXPORTS.contains(type.getName())
                        && !GRAPH_EXPORTS.contains(type.getName().replaceFirst("\\$.*", ""));
            }
        })
        .because("the graph stage's API is its root package (GraphBuilder and the CodeGraph model): how it "
                + "resolves types and gathers facts can change without touching boundaries, plan or report");

    @ArchTest
    static final ArchRule GRAPH_FEATURES_DEPEND_ONE_WAY = slices().matching("dev.ficus.analyzer.graph.(*)..")
        .should()
        .beFreeOfCycles()
        .because("the graph's features (resolve, facts, entrypoints, data, calls, syntax) each do one job; a "
                + "cycle between two of them would make them one feature in two packages");

    @ArchTest
    static final ArchRule PLAN_READS_ONLY_THE_DOCUMENT = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.plan..")
        .or()
        .haveFullyQualifiedName("dev.ficus.analyzer.cli.PlanCommand")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.analyzer", "dev.ficus.analyzer.graph..", "dev.ficus.analyzer.boundaries..",
                "com.github.javaparser..")
        .because("a later stage never recomputes what an earlier one knew: the plan, and the command that makes "
                + "it, read the analysis document and never analyse, parse sources or rebuild the graph");

    @ArchTest
    static final ArchRule EXTRACT_READS_ONLY_THE_PLAN = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.extract..")
        .or()
        .haveFullyQualifiedName("dev.ficus.analyzer.cli.ExtractCommand")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.analyzer", "dev.ficus.analyzer.graph..", "dev.ficus.analyzer.boundaries..",
                "dev.ficus.analyzer.document..", "com.github.javaparser..")
        .because("a later stage never recomputes what an earlier one knew: extract reads the monolith's code from "
                + "plan.json (calledTypes, events, each crossing call's transactionalMethod) and never parses "
                + "its sources");

    @ArchTest
    static final ArchRule PLANNING_LEAVES_WRITING_TO_THE_WRITERS = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.plan")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.ficus.analyzer.plan.writer..")
        .because("planning makes the plan document (dev.ficus.plan, the records every reader binds); writing it "
                + "as plan.json and plan.md is the writers' job");

    @ArchTest
    static final ArchRule REPORTS_ONLY_RENDER_THE_DOCUMENT = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.report..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.analyzer.graph..", "dev.ficus.analyzer.boundaries..",
                "dev.ficus.analyzer.plan..", "org.jgrapht..")
        .because("every report renders the analysis document, so what a page shows is what analysis.json says");

    @ArchTest
    static final ArchRule METRICS_MEASURE_ANY_GRAPH = classes().that()
        .resideInAPackage("dev.ficus.analyzer.boundaries.metrics..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "org.jgrapht..", "org.jspecify..", "dev.ficus.analyzer.boundaries.metrics..")
        .because("a quality metric is defined on any JGraphT graph and partition, "
                + "so it can be tested on hand-built graphs and reused outside the analyzer");

    @ArchTest
    static final ArchRule THE_CLI_BINDS_THE_GATEWAYS_RECORDS = noClasses().that()
        .resideInAPackage("dev.ficus.analyzer.cli..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("tools.jackson.databind.JsonNode")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("tools.jackson.databind.node..")
        .because("the admin API's answers bind to the records of strangler-gateway-api, which the gateway binds "
                + "too: a field renamed on one side fails to compile instead of reading as empty on the other");

    @ArchTest
    static final ArchRule ONLY_THE_CLI_KNOWS_PICOCLI = noClasses().that()
        .resideOutsideOfPackage("dev.ficus.analyzer.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .because("the stages are a library; only the command line parses arguments and maps exit codes");

}
