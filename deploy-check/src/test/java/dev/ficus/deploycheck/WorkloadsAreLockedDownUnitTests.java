package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkloadsAreLockedDownUnitTests {

    private final ManifestCheck check = new WorkloadsAreLockedDown();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAWritableRootFilesystem() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"));

        assertThat(problems).containsExactly("Deployment web container app has a writable root filesystem");
    }

    @Test
    void findsAContainerThatMayRunAsRoot() {
        List<String> problems = check.problems(BrokenFixtures.valid("        runAsNonRoot: true\n", ""));

        assertThat(problems).containsExactly("Deployment web container app may run as root (runAsNonRoot is not true)");
    }

    @Test
    void findsKeptCapabilitiesAndNoSeccomp() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("        seccompProfile:\n          type: RuntimeDefault\n", "",
                    "drop: [\"ALL\"]", "drop: [\"NET_RAW\"]"));

        assertThat(problems).containsExactly("Deployment web container app keeps capabilities (drop does not list ALL)",
                "Deployment web container app has no RuntimeDefault seccomp profile");
    }

    @Test
    void findsATmpThatIsNotAnEmptyDir() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("          emptyDir: {}", "          configMap:\n            name: web"));

        assertThat(problems).containsExactly("Deployment web container app has no emptyDir mounted at /tmp");
    }

    @Test
    void findsAnEscalatingContainer() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true"));

        assertThat(problems).containsExactly(
                "Deployment web container app may escalate privileges (allowPrivilegeEscalation is not false)");
    }

}
