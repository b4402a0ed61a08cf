package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPortIsPrivateUnitTests {

    private final ManifestCheck check = new AdminPortIsPrivate();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsAServiceAndAnIngressThatReachTheAdminPort() {
        List<String> problems = check.problems(Fixtures.manifests("admin-exposed/manifest.yaml"));

        assertThat(problems).containsExactly("Service gateway port 9000 reaches the admin port",
                "Ingress gateway reaches the admin port through Service gateway port 9000");
    }

    @Test
    void findsAnIngressToAMissingService() {
        List<String> problems = check.problems(BrokenFixtures.valid("                name: web\n                port:",
                "                name: shop\n                port:"));

        assertThat(problems).containsExactly("Ingress web routes to Service shop, which does not exist");
    }

    @Test
    void findsAnHttpRouteThatReachesTheAdminPort() {
        String route = """
                ---
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata:
                  name: gateway
                spec:
                  parentRefs:
                    - name: public
                  rules:
                    - backendRefs:
                        - name: gateway
                          port: 9000
                """;
        Manifests manifests = new Manifests(
                new StrictKubernetesParser().parse(Fixtures.read("admin-exposed/manifest.yaml") + route));

        assertThat(check.problems(manifests))
            .contains("HTTPRoute gateway reaches the admin port through Service gateway port 9000");
    }

    @Test
    void findsTheGatewaysConfiguredAdminPortEvenWhenNoContainerDeclaresIt() {
        String gateway = Fixtures.read("admin-exposed/manifest.yaml")
            .replace("image: ficus/gateway:1.0", "image: registry.example.com/ficus/strangler-gateway:1.0")
            .replace("            - name: admin\n              containerPort: 8001\n", "")
            .replace("      targetPort: 8001", "      targetPort: 9001");
        String config = """
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: gateway-config
                data:
                  application.yml: |
                    ficus:
                      gateway:
                        admin:
                          port: 9001
                """;
        String mounted = gateway.replace("      containers:", "      volumes:\n        - name: config\n"
                + "          configMap:\n            name: gateway-config\n      containers:");
        Manifests manifests = new Manifests(new StrictKubernetesParser().parse(mounted + config));

        assertThat(check.problems(manifests)).containsExactly("Service gateway port 9000 reaches the admin port",
                "Ingress gateway reaches the admin port through Service gateway port 9000");
    }

    @Test
    void takesTheGatewaysDefaultAdminPortWhenItsConfigurationSaysNothing() {
        String gateway = Fixtures.read("admin-exposed/manifest.yaml")
            .replace("image: ficus/gateway:1.0", "image: ficus/strangler-gateway:1.0")
            .replace("            - name: admin\n              containerPort: 8001\n", "");
        Manifests manifests = new Manifests(new StrictKubernetesParser().parse(gateway));

        assertThat(check.problems(manifests)).contains("Service gateway port 9000 reaches the admin port");
    }

}
