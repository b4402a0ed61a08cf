package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownIsGracefulUnitTests {

    private final ManifestCheck check = new ShutdownIsGraceful();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAGracePeriodShorterThanTheDrain() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("terminationGracePeriodSeconds: 45", "terminationGracePeriodSeconds: 25"));

        assertThat(problems).containsExactly(
                "Deployment web container app: terminationGracePeriodSeconds 25 does not outlast the drain of 30 s (preStop 10 s + shutdown phase 20 s)");
    }

    @Test
    void findsAMissingPreStopPause() {
        List<String> problems = check.problems(BrokenFixtures.valid(
                "          lifecycle:\n            preStop:\n              exec:\n                command: [\"sleep\", \"10\"]\n",
                ""));

        assertThat(problems)
            .containsExactly("Deployment web container app has no preStop pause (exec sleep N or sleep action)");
    }

    @Test
    void countsTheDefaultGracePeriodWhenNoneIsSet() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("      terminationGracePeriodSeconds: 45\n", "", "value: 20s", "value: 1m"));

        assertThat(problems).containsExactly(
                "Deployment web container app: terminationGracePeriodSeconds 30 does not outlast the drain of 70 s (preStop 10 s + shutdown phase 60 s)");
    }

}
