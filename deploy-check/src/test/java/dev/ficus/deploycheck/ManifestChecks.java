package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;

/** Every rule deploy/k8s keeps, run together over one built overlay. */
final class ManifestChecks {

	private ManifestChecks() {
	}

	static List<ManifestCheck> all(BuildImages images) {
		return List.of(new ServicesReachPods(), new WorkloadsAreObservable(), new WorkloadsAreLockedDown(),
				new ShutdownIsGraceful(), new ScalersTargetWorkloads(), new PodsAreIsolated(), new AdminPortIsPrivate(),
				new CredentialsComeFromSecrets(), new ImagesAreBuilt(images), new MeshPoliciesSelectPods());
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
