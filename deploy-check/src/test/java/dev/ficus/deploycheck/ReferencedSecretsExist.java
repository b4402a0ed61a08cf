package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;

/**
 * Where the manifests bring their own Secrets (the {@code dev} overlay generates them),
 * every Secret a container reads exists among them, or its pod never starts
 * ({@code CreateContainerConfigError}). Manifests without any Secret (production, whose
 * operators create them) are not judged.
 */
final class ReferencedSecretsExist implements ManifestCheck {

    @Override
    public String rule() {
        return "where the manifests bring Secrets, every Secret a container reads is one of them";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<Secret> secrets = manifests.of(Secret.class);
        if (secrets.isEmpty()) {
            return List.of();
        }
        Set<String> brought = secrets.stream()
            .map(secret -> secret.getMetadata().getName())
            .collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : workload.containers()) {
                for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
                    if (variable.getValueFrom() == null || variable.getValueFrom().getSecretKeyRef() == null) {
                        continue;
                    }
                    String secret = variable.getValueFrom().getSecretKeyRef().getName();
                    if (!brought.contains(secret)
                            && !Boolean.TRUE.equals(variable.getValueFrom().getSecretKeyRef().getOptional())) {
                        problems
                            .add(workload.id() + " container " + container.getName() + " reads " + variable.getName()
                                    + " from Secret " + secret + ", which the manifests do not bring " + brought);
                    }
                }
            }
        }
        return problems;
    }

}
