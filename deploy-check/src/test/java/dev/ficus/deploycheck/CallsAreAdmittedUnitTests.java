package dev.ficus.deploycheck;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallsAreAdmittedUnitTests {

    private static final String CALL = "NetworkPolicy orders lets Deployment orders call Deployment shop on port 8080";

    private final ManifestCheck check = new CallsAreAdmitted();

    @Test
    void acceptsACallLetOutAndLetInOnBothLayers() {
        assertThat(check.problems(Fixtures.manifests("callers/manifest.yaml"))).isEmpty();
    }

    @Test
    void acceptsTheDeployableFixture() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsACallBackThatTheTargetDropsOnBothLayers() {
        List<String> problems = check.problems(Fixtures.manifests("callback-refused/manifest.yaml"));

        assertThat(problems).containsExactly(CALL + ", which no ingress rule of a NetworkPolicy selecting shop admits",
                CALL + ", which no AuthorizationPolicy selecting shop admits for service account orders");
    }

    @Test
    void findsACallLetOutOnAPortTheTargetDoesNotLetIn() {
        List<String> problems = check.problems(callers("        - port: 8080", "        - port: 8443"));

        assertThat(problems).contains(
                "NetworkPolicy orders lets Deployment orders call Deployment shop on port 8443, which no ingress rule"
                        + " of a NetworkPolicy selecting shop admits");
    }

    @Test
    void findsAMeshPolicyThatOnlyLetsTheCallerReachSomePaths() {
        List<String> problems = check
            .problems(callers("            ports: [\"8080\"]", "            paths: [\"/api/*\"]"));

        assertThat(problems)
            .containsExactly(CALL + ", which no AuthorizationPolicy selecting shop admits for service account orders");
    }

    @Test
    void letsEverythingInToPodsThatNoPolicyIsolates() {
        List<String> problems = check.problems(callers(
                "  name: default-deny\n  namespace: ficus\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]",
                "  name: default-deny\n  namespace: ficus\nspec:\n  podSelector: {}\n  policyTypes: [Egress]",
                "  policyTypes: [Ingress, Egress]\n  ingress:", "  policyTypes: [Egress]\n  ingress:"));

        assertThat(problems).isEmpty();
    }

    /** The callers fixture with each {@code (old, new)} pair applied once. */
    private static Manifests callers(String... replacements) {
        String text = Fixtures.read("callers/manifest.yaml");
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(text).contains(replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return new Manifests(new StrictKubernetesParser().parse(text));
    }

}
