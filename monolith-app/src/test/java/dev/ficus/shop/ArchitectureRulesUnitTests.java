package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import fixtures.arch.alpha.internal.AlphaRepository;
import fixtures.arch.beta.BetaController;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Shows that each architecture rule catches the violation it is about, on two
 * deliberately bad fixture modules.
 */
class ArchitectureRulesUnitTests {

    private static final ModuleRules FIXTURE_RULES = new ModuleRules("fixtures.arch", Set.of());

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(AlphaRepository.class,
            BetaController.class);

    @Test
    void detectsACycleBetweenModules() {
        assertViolation(FIXTURE_RULES.noCyclesBetweenModules(), "Cycle detected");
    }

    @Test
    void detectsAControllerUsingAnotherModulesRepository() {
        assertViolation(FIXTURE_RULES.controllersNeverTouchAnotherModulesRepositories(), "BetaController.alphas");
    }

    @Test
    void detectsAccessToAnotherModulesInternals() {
        assertViolation(FIXTURE_RULES.internalsOnlyThroughModuleApis(), "AlphaRepository");
    }

    @Test
    void detectsFieldInjection() {
        assertViolation(ArchitectureTests.NO_FIELD_INJECTION, "BetaController.alphas");
    }

    private static void assertViolation(ArchRule rule, String expectedInReport) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(expectedInReport);
    }

}
