package dev.ficus.deploycheck;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsFilesAreMountedUnitTests {

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
                        - name: FICUS_SETTINGS_FILE
                          value: /etc/ficus-settings/settings.yml
                      volumeMounts:
                        - name: settings
                          mountPath: MOUNT
                          SUBPATH
                  volumes:
                    - name: settings
                      configMap:
                        name: shipping-service-settings
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: shipping-service-settings
            data:
              KEY: |
                ficus:
                  http:
                    max-body-size: 1MB
            """;

    @Test
    void acceptsTheFileAsAKeyOfAConfigMapMountedWholeAtItsFolder() {
        assertThat(problems("/etc/ficus-settings", "", "settings.yml")).isEmpty();
    }

    @Test
    void namesASubPathMountAMissingMountAndAMissingKey() {
        assertThat(problems("/etc/ficus-settings/settings.yml", "subPath: settings.yml", "settings.yml"))
            .containsExactly("Deployment shipping-service container app follows /etc/ficus-settings/settings.yml, "
                    + "mounted with subPath, which the kubelet never updates");
        assertThat(problems("/etc/ficus", "", "settings.yml")).containsExactly("Deployment shipping-service container "
                + "app follows /etc/ficus-settings/settings.yml, but nothing is mounted at /etc/ficus-settings");
        assertThat(problems("/etc/ficus-settings", "", "settings.yaml"))
            .containsExactly("Deployment shipping-service container app follows /etc/ficus-settings/settings.yml, "
                    + "but ConfigMap shipping-service-settings has no key settings.yml");
    }

    @Test
    void readsTheFileFromTheApplicationYmlOfAMountedConfigMap() {
        String fromConfig = """
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
                          volumeMounts:
                            - name: config
                              mountPath: /etc/ficus
                      volumes:
                        - name: config
                          configMap:
                            name: shipping-service-config
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: shipping-service-config
                data:
                  application.yml: |
                    ficus:
                      settings:
                        file: /etc/shipping/settings.yml
                """;

        assertThat(new SettingsFilesAreMounted().problems(parse(fromConfig)))
            .containsExactly("Deployment shipping-service container app follows /etc/shipping/settings.yml, "
                    + "but nothing is mounted at /etc/shipping");
    }

    private static java.util.List<String> problems(String mount, String subPath, String key) {
        return new SettingsFilesAreMounted()
            .problems(parse(DEPLOYMENT.replace("MOUNT", mount).replace("SUBPATH", subPath).replace("KEY", key)));
    }

    private static Manifests parse(String yaml) {
        return new Manifests(new StrictKubernetesParser().parse(yaml));
    }

}
