package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesReachPodsUnitTests {

    private final ManifestCheck check = new ServicesReachPods();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAServiceThatSelectsNoPod() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("  selector:\n    app.kubernetes.io/name: web\n  ports:",
                    "  selector:\n    app.kubernetes.io/name: webb\n  ports:"));

        assertThat(problems)
            .containsExactly("Service web selects no pod of any workload (selector {app.kubernetes.io/name=webb})");
    }

    @Test
    void findsAPortThatNoContainerDeclares() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("      targetPort: http", "      targetPort: 9090"));

        assertThat(problems)
            .containsExactly("Service web port 80 targets 9090, which no container of Deployment web declares");
    }

}
