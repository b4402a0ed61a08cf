package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadsAreObservableUnitTests {

    private final ManifestCheck check = new WorkloadsAreObservable();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAMissingStartupProbe() {
        List<String> problems = check.problems(BrokenFixtures.valid(
                "          startupProbe:\n            httpGet:\n              path: /actuator/health/liveness\n              port: http\n",
                ""));

        assertThat(problems).containsExactly("Deployment web container app has no startup probe");
    }

    @Test
    void findsMissingLimits() {
        List<String> problems = check.problems(BrokenFixtures
            .valid("            limits:\n              cpu: \"1\"\n              memory: 512Mi\n", ""));

        assertThat(problems).containsExactly("Deployment web container app has no cpu limit",
                "Deployment web container app has no memory limit");
    }

}
