package dev.ficus.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import dev.ficus.testsupport.architecture.ProjectRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The gateway's feature packages depend on each other in one direction only, and it keeps
 * the project's conventions.
 */
@AnalyzeClasses(packages = "dev.ficus.gateway",
        importOptions = { ImportOption.DoNotIncludeTests.class, ProjectRules.ThisModuleOnly.class })
class ArchitectureTests {

    @ArchTest
    static final ArchTests PROJECT_RULES = ArchTests.in(ProjectRules.class);

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = ProjectRules.featuresFreeOfCycles("dev.ficus.gateway");

    @ArchTest
    static final ArchRule ROUTING_MODEL_DEPENDS_ON_NO_FEATURE = noClasses().that()
        .resideInAPackage("dev.ficus.gateway.routing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.gateway.canary..", "dev.ficus.gateway.shadow..", "dev.ficus.gateway.fallback..",
                "dev.ficus.gateway.rollout..", "dev.ficus.gateway.admin..", "dev.ficus.gateway.proxy..",
                "dev.ficus.gateway.traffic..", "dev.ficus.gateway.dashboard..")
        .because("the routing model is the base every feature builds on");

    @ArchTest
    static final ArchRule STAGES_DEPEND_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("surface")
        .definedBy("dev.ficus.gateway.proxy..", "dev.ficus.gateway.admin..", "dev.ficus.gateway.dashboard..",
                "dev.ficus.gateway.reload..", "dev.ficus.gateway.edge..")
        .layer("moves")
        .definedBy("dev.ficus.gateway.rollout..", "dev.ficus.gateway.canary..", "dev.ficus.gateway.shadow..")
        .layer("upstreams")
        .definedBy("dev.ficus.gateway.discovery..", "dev.ficus.gateway.traffic..", "dev.ficus.gateway.fallback..")
        .layer("model")
        .definedBy("dev.ficus.gateway.routing..", "dev.ficus.gateway.problem..")
        .whereLayer("surface")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("moves")
        .mayOnlyBeAccessedByLayers("surface")
        .whereLayer("upstreams")
        .mayOnlyBeAccessedByLayers("surface", "moves")
        .whereLayer("model")
        .mayOnlyBeAccessedByLayers("surface", "moves", "upstreams")
        .because("requests and operators come in at the surface (proxy, admin API, dashboard, route-file "
                + "reload, edge limits), which drives the traffic moves (rollout, canary, shadow), which use the "
                + "upstreams (instances, traffic records, fallback), all built on the routing model and its "
                + "problems; nothing reaches up");

}
