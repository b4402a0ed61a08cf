package dev.ficus.deploycheck;

import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictKubernetesParserUnitTests {

    private final StrictKubernetesParser parser = new StrictKubernetesParser();

    @Test
    void parsesEveryDocumentIntoItsModelType() {
        List<HasMetadata> objects = parser.parse(Fixtures.read("valid/manifest.yaml"));

        assertThat(objects).extracting(HasMetadata::getKind)
            .containsExactly("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
                    "NetworkPolicy", "NetworkPolicy", "Ingress");
        Deployment deployment = (Deployment) objects.get(0);
        assertThat(deployment.getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0)
            .getReadinessProbe()
            .getHttpGet()
            .getPath()).isEqualTo("/actuator/health/readiness");
    }

    @Test
    void refusesAFieldTheKindDoesNotHave() {
        assertThatThrownBy(() -> parser.parse(Fixtures.read("unknown-field/manifest.yaml")))
            .isInstanceOf(InvalidManifestException.class)
            .hasMessageContaining("Deployment web")
            .hasMessageContaining("readinesProbe");
    }

    @Test
    void refusesAKindWithoutModel() {
        assertThatThrownBy(() -> parser.parse("""
                apiVersion: example.com/v1
                kind: Widget
                metadata:
                  name: w
                """)).isInstanceOf(InvalidManifestException.class)
            .hasMessageContaining("unknown kind example.com/v1/Widget");
    }

    @Test
    void refusesAValueOfTheWrongType() {
        assertThatThrownBy(() -> parser.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  replicas: two
                """)).isInstanceOf(InvalidManifestException.class).hasMessageContaining("Deployment web");
    }

    @Test
    void keepsListedCustomResourcesAsGenericObjects() {
        List<HasMetadata> objects = parser.parse("""
                apiVersion: security.istio.io/v1
                kind: PeerAuthentication
                metadata:
                  name: default
                spec:
                  mtls:
                    mode: STRICT
                """);

        assertThat(objects).singleElement().extracting(HasMetadata::getKind).isEqualTo("PeerAuthentication");
    }

}
