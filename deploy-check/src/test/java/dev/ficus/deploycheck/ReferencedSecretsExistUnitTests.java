package dev.ficus.deploycheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferencedSecretsExistUnitTests {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: shipping-service
            spec:
              selector:
                matchLabels:
                  app: shipping
              template:
                metadata:
                  labels:
                    app: shipping
                spec:
                  containers:
                    - name: app
                      image: ficus/shipping-service:1
                      env:
                        - name: SPRING_DATASOURCE_URL
                          valueFrom:
                            secretKeyRef:
                              name: shipping-service-db
                              key: url
            """;

    private static final String RABBITMQ_SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: rabbitmq
            stringData:
              host: rabbitmq
            """;

    @Test
    void namesAReadSecretTheManifestsDoNotBring() {
        Manifests manifests = parse(DEPLOYMENT + "---\n" + RABBITMQ_SECRET);

        assertThat(new ReferencedSecretsExist().problems(manifests)).containsExactly(
                "Deployment shipping-service container app reads SPRING_DATASOURCE_URL from Secret shipping-service-db,"
                        + " which the manifests do not bring [rabbitmq]");
    }

    @Test
    void acceptsABroughtSecretAndJudgesNothingWithoutSecrets() {
        String brought = RABBITMQ_SECRET.replace("name: rabbitmq", "name: shipping-service-db");

        assertThat(new ReferencedSecretsExist().problems(parse(DEPLOYMENT + "---\n" + brought))).isEmpty();
        assertThat(new ReferencedSecretsExist().problems(parse(DEPLOYMENT))).isEmpty();
    }

    private static Manifests parse(String yaml) {
        return new Manifests(new StrictKubernetesParser().parse(yaml));
    }

}
