package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PodsAreIsolatedUnitTests {

    private final ManifestCheck check = new PodsAreIsolated();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAWorkloadWithoutAPolicyOfItsOwn() {
        List<String> problems = check.problems(BrokenFixtures.valid(
                "  name: web\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: web",
                "  name: web\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: api"));

        assertThat(problems).containsExactly("Deployment web is selected by no NetworkPolicy of its own");
    }

    @Test
    void findsThatNothingDeniesByDefault() {
        List<String> problems = check.problems(
                BrokenFixtures.valid("  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]",
                        "  name: default-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]"));

        assertThat(problems)
            .containsExactly("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
    }

    @Test
    void findsThatDnsIsNotAllowed() {
        List<String> problems = check.problems(BrokenFixtures.valid("        - port: 53", "        - port: 5353"));

        assertThat(problems).containsExactly("no NetworkPolicy allows every pod DNS (port 53) egress");
    }

}
