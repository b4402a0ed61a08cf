package dev.ficus.bench;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import dev.ficus.testsupport.architecture.ProjectRules;

/**
 * The benchmarks are stages, the command line on top: each builds on the ones below it.
 * Besides, they keep the project's conventions.
 */
@AnalyzeClasses(packages = "dev.ficus.bench",
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = ProjectRules.featuresFreeOfCycles("dev.ficus.bench");

    @ArchTest
    static final ArchRule STAGES_DEPEND_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli")
        .definedBy("dev.ficus.bench.cli..")
        .layer("benchmarks")
        .definedBy("dev.ficus.bench.analyzer..", "dev.ficus.bench.faults..", "dev.ficus.bench.overhead..",
                "dev.ficus.bench.redeploy..", "dev.ficus.bench.slow..", "dev.ficus.bench.change..",
                "dev.ficus.bench.scale..")
        .layer("report")
        .definedBy("dev.ficus.bench.report..")
        .layer("measure")
        .definedBy("dev.ficus.bench.measure..")
        .layer("workload")
        .definedBy("dev.ficus.bench.scenario..", "dev.ficus.bench.topology..")
        .layer("base")
        .definedBy("dev.ficus.bench.load..", "dev.ficus.bench.provenance..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("benchmarks")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("cli", "benchmarks")
        .whereLayer("measure")
        .mayOnlyBeAccessedByLayers("cli", "benchmarks", "report")
        .whereLayer("workload")
        .mayOnlyBeAccessedByLayers("cli", "benchmarks", "report", "measure")
        .whereLayer("base")
        .mayOnlyBeAccessedByLayers("cli", "benchmarks", "report", "measure", "workload")
        .because("the command line drives the benchmarks (analyzer, faults, gateway overhead), which render "
                + "their reports from the monolith-vs-services measurements, which run a workload (scenario, "
                + "topology) on the load generator; nothing reaches up, so a lower stage is reused as it is");

}
