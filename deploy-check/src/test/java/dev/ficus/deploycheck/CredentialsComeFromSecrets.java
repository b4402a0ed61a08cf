package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;

/**
 * No container carries a credential or a database address as a literal value: they come
 * from Secrets.
 */
final class CredentialsComeFromSecrets implements ManifestCheck {

    private static final Pattern CREDENTIAL = Pattern
        .compile("(?i).*(PASSWORD|PASSWD|PASS$|SECRET|TOKEN|USERNAME|_USER$|CREDENTIAL|API_?KEY|DATASOURCE_URL).*");

    @Override
    public String rule() {
        return "credentials and database addresses come from Secrets, never literals";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : workload.containers()) {
                for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (variable.getValue() != null && CREDENTIAL.matcher(variable.getName()).matches()) {
                        problems.add(workload.id() + " container " + container.getName() + " sets " + variable.getName()
                                + " as a literal instead of from a Secret");
                    }
                }
            }
        }
        return problems;
    }

}
