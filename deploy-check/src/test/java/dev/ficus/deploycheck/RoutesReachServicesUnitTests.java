package dev.ficus.deploycheck;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesReachServicesUnitTests {

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: shipping-service
            spec:
              selector:
                app.kubernetes.io/name: shipping-service
              ports:
                - name: http
                  port: 8103
                  targetPort: http
            """;

    @Test
    void acceptsRoutesToAServicesPortByNameOrQualifiedName() {
        Manifests manifests = manifests("""
                ficus.gateway.routes.shipping.service-url=http://shipping-service:8103
                ficus.gateway.routes.other.service-urls=http://shipping-service.ficus.svc.cluster.local:8103
                """);

        assertThat(new RoutesReachServices().problems(manifests)).isEmpty();
    }

    @Test
    void refusesALaptopAddressAWrongPortAndAMissingServiceButNotAComment() {
        Manifests manifests = manifests("""
                # ./ficus route add shipping --service-url http://localhost:8103
                ficus.gateway.routes.shipping.service-url=http://localhost:8103
                ficus.gateway.routes.wrong.service-url=http://shipping-service:8080
                ficus.gateway.routes.gone.service-urls=http://shipping-service:8103,http://orders-service:8104
                """);

        assertThat(new RoutesReachServices().problems(manifests)).containsExactly(
                "ConfigMap routes (shipping.properties) sends requests to http://localhost:8103, which is no port of a"
                        + " Service of these manifests",
                "ConfigMap routes (shipping.properties) sends requests to http://shipping-service:8080, which is no"
                        + " port of a Service of these manifests",
                "ConfigMap routes (shipping.properties) sends requests to http://orders-service:8104, which is no"
                        + " port of a Service of these manifests");
    }

    @Test
    void readsYamlListsOfServiceUrls() {
        assertThat(RoutesReachServices.urls("""
                ficus:
                  gateway:
                    capabilities:
                      inventory:
                        service-urls:
                          - http://inventory-service:8082
                          - "http://inventory-service-b:8082"
                """)).isEqualTo(List.of("http://inventory-service:8082", "http://inventory-service-b:8082"));
    }

    private static Manifests manifests(String routes) {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: routes
                data:
                  shipping.properties: |
                """ + routes.indent(4);
        return new Manifests(new StrictKubernetesParser().parse(SERVICE + "---\n" + configMap));
    }

}
