package dev.ficus.deploycheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every rule deploy/k8s keeps, run together over one built overlay. */
final class ManifestChecks {

    private ManifestChecks() {
    }

    static List<ManifestCheck> all(BuildImages images, GatewayMeters meters) {
        return List.of(new ServicesReachPods(), new WorkloadsAreObservable(), new WorkloadsAreLockedDown(),
                new ShutdownIsGraceful(), new ScalersTargetWorkloads(), new PodsAreIsolated(), new AdminPortIsPrivate(),
                new CredentialsComeFromSecrets(), new ReferencedSecretsExist(), new ImagesAreBuilt(images),
                new MeshPoliciesSelectPods(), new CallsAreAdmitted(), new DashboardQueriesGatewayMeters(meters),
                new RoutesReachServices(), new SettingsFilesAreMounted());
    }

    /**
     * Every rule, with the images and gateway meters of the repository at {@code root}.
     */
    static List<ManifestCheck> all(Path root) {
        return all(BuildImages.read(root), GatewayMeters.read(root.resolve("strangler-gateway/src/main/java")));
    }

    /** Every breach of every rule, each prefixed with the rule it breaks. */
    static List<String> problems(List<ManifestCheck> checks, Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (ManifestCheck check : checks) {
            check.problems(manifests).forEach(problem -> problems.add(check.rule() + ": " + problem));
        }
        return problems;
    }

}
