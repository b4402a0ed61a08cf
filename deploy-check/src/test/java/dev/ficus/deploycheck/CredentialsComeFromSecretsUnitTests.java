package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialsComeFromSecretsUnitTests {

    private final ManifestCheck check = new CredentialsComeFromSecrets();

    @Test
    void acceptsManifestsThatKeepTheRule() {
        assertThat(check.problems(Fixtures.manifests("valid/manifest.yaml"))).isEmpty();
    }

    @Test
    void findsALiteralPassword() {
        List<String> problems = check.problems(BrokenFixtures.valid(
                "              valueFrom:\n                secretKeyRef:\n                  name: web-db\n                  key: password",
                "              value: hunter2"));

        assertThat(problems).containsExactly(
                "Deployment web container app sets SPRING_DATASOURCE_PASSWORD as a literal instead of from a Secret");
    }

}
