package dev.ficus.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The gateway's feature packages depend on each other in one direction only.
 */
@AnalyzeClasses(packages = "dev.ficus.gateway", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("dev.ficus.gateway.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each feature package must be understandable and replaceable on its own");

    @ArchTest
    static final ArchRule ROUTING_MODEL_DEPENDS_ON_NO_FEATURE = noClasses().that()
        .resideInAPackage("dev.ficus.gateway.routing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.ficus.gateway.canary..", "dev.ficus.gateway.shadow..", "dev.ficus.gateway.fallback..",
                "dev.ficus.gateway.rollout..", "dev.ficus.gateway.admin..", "dev.ficus.gateway.proxy..",
                "dev.ficus.gateway.traffic..", "dev.ficus.gateway.dashboard..")
        .because("the routing model is the base every feature builds on");

}
