package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScalersTargetWorkloadsUnitTests {

    private final ManifestCheck check = new ScalersTargetWorkloads();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAnAutoscalerOfAMissingWorkload() {
        List<String> problems = check.problems(
                BrokenFixtures.valid("    kind: Deployment\n    name: web", "    kind: Deployment\n    name: website"));

        assertThat(problems).containsExactly(
                "HorizontalPodAutoscaler web scales Deployment website, which does not exist",
                "Deployment web has no HorizontalPodAutoscaler");
    }

    @Test
    void findsABudgetThatSelectsNothing() {
        List<String> problems = check.problems(BrokenFixtures.valid(
                "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: web",
                "  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: api"));

        assertThat(problems).containsExactly("PodDisruptionBudget web selects no workload's pods",
                "Deployment web has no PodDisruptionBudget");
    }

    @Test
    void findsAnAutoscalerThatIgnoresCpu() {
        List<String> problems = check.problems(BrokenFixtures.valid("        name: cpu", "        name: memory"));

        assertThat(problems).containsExactly("HorizontalPodAutoscaler web does not scale on CPU");
    }

    @Test
    void findsAReplicaCountThatFightsTheAutoscaler() {
        List<String> problems = check
            .problems(BrokenFixtures.valid("spec:\n  selector:", "spec:\n  replicas: 3\n  selector:"));

        assertThat(problems).containsExactly(
                "Deployment web sets replicas (3), which every apply would reset under its HorizontalPodAutoscaler");
    }

}
