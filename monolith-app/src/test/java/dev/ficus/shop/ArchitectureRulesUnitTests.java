package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.ficus.shop.alphafixture.internal.AlphaRepository;
import dev.ficus.shop.betafixture.BetaController;
import org.junit.jupiter.api.Test;

/** Shows that each architecture rule catches the violation it is about, on two deliberately bad fixture modules. */
class ArchitectureRulesUnitTests {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(AlphaRepository.class,
            BetaController.class);

    @Test
    void detectsACycleBetweenModules() {
        assertViolation(ArchitectureTests.NO_CYCLES_BETWEEN_MODULES, "Cycle detected");
    }

    @Test
    void detectsAControllerUsingAnotherModulesRepository() {
        assertViolation(ArchitectureTests.CONTROLLERS_NEVER_TOUCH_ANOTHER_MODULES_REPOSITORIES,
                "BetaController.alphas");
    }

    @Test
    void detectsAccessToAnotherModulesInternals() {
        assertViolation(ArchitectureTests.INTERNALS_ONLY_THROUGH_MODULE_APIS, "AlphaRepository");
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
