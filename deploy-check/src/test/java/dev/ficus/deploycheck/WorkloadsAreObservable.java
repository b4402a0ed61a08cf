package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * Every container has startup, liveness and readiness probes, and CPU and memory requests
 * and limits.
 */
final class WorkloadsAreObservable implements ManifestCheck {

    @Override
    public String rule() {
        return "every container has the three probes and CPU and memory requests and limits";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : workload.containers()) {
                String name = workload.id() + " container " + container.getName();
                if (container.getStartupProbe() == null) {
                    problems.add(name + " has no startup probe");
                }
                if (container.getLivenessProbe() == null) {
                    problems.add(name + " has no liveness probe");
                }
                if (container.getReadinessProbe() == null) {
                    problems.add(name + " has no readiness probe");
                }
                ResourceRequirements resources = container.getResources();
                Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of()
                        : resources.getRequests();
                Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of()
                        : resources.getLimits();
                for (String resource : List.of("cpu", "memory")) {
                    if (!requests.containsKey(resource)) {
                        problems.add(name + " requests no " + resource);
                    }
                    if (!limits.containsKey(resource)) {
                        problems.add(name + " has no " + resource + " limit");
                    }
                }
            }
        }
        return problems;
    }

}
