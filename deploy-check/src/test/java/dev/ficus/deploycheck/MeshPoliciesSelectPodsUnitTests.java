package dev.ficus.deploycheck;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeshPoliciesSelectPodsUnitTests {

    private final ManifestCheck check = new MeshPoliciesSelectPods();

    private static final String STRICT = """
            ---
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata:
              name: default
            spec:
              mtls:
                mode: STRICT
            """;

    private static final String ALLOW_GATEWAY = """
            ---
            apiVersion: security.istio.io/v1
            kind: AuthorizationPolicy
            metadata:
              name: allow-from-gateway
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: web
              action: ALLOW
              rules:
                - from:
                    - source:
                        principals: ["*/sa/gateway"]
            """;

    @Test
    void acceptsStrictTlsAndPoliciesThatSelectPodsAndNameCallers() {
        assertThat(check.problems(manifests(STRICT + ALLOW_GATEWAY))).isEmpty();
    }

    @Test
    void findsAPolicyForPodsThatDoNotExist() {
        List<String> problems = check.problems(manifests(ALLOW_GATEWAY.replace("name: web", "name: api")));

        assertThat(problems).containsExactly(
                "AuthorizationPolicy allow-from-gateway selects no workload's pods ({app.kubernetes.io/name=api})");
    }

    @Test
    void findsAPolicyThatNamesNoCaller() {
        String anyone = ALLOW_GATEWAY.substring(0, ALLOW_GATEWAY.indexOf("  rules:")) + "  rules:\n    - {}\n";

        assertThat(check.problems(manifests(anyone)))
            .containsExactly("AuthorizationPolicy allow-from-gateway has a rule that names no caller (from)");
    }

    @Test
    void findsPermissiveMutualTls() {
        assertThat(check.problems(manifests(STRICT.replace("STRICT", "PERMISSIVE"))))
            .containsExactly("PeerAuthentication default is not STRICT");
    }

    private static Manifests manifests(String extra) {
        return new Manifests(new StrictKubernetesParser().parse(Fixtures.read("valid/manifest.yaml") + extra));
    }

}
