package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * The namespace denies all traffic by default, allows DNS to every pod, and every
 * workload's pods are selected by a policy of their own that says what they may reach and
 * who may reach them.
 */
final class PodsAreIsolated implements ManifestCheck {

    @Override
    public String rule() {
        return "default deny in and out, DNS egress for all, and a NetworkPolicy of its own for every workload";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<NetworkPolicy> policies = manifests.networkPolicies();
        if (policies.stream().noneMatch(PodsAreIsolated::deniesAll)) {
            problems.add("no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)");
        }
        if (policies.stream().noneMatch(PodsAreIsolated::allowsDnsToAll)) {
            problems.add("no NetworkPolicy allows every pod DNS (port 53) egress");
        }
        for (Workload workload : manifests.workloads()) {
            boolean covered = policies.stream()
                .filter(policy -> !Manifests.selectsEverything(policy.getSpec().getPodSelector()))
                .anyMatch(policy -> Manifests.matches(policy.getSpec().getPodSelector(), workload.podLabels()));
            if (!covered) {
                problems.add(workload.id() + " is selected by no NetworkPolicy of its own");
            }
        }
        return problems;
    }

    private static boolean deniesAll(NetworkPolicy policy) {
        return Manifests.selectsEverything(policy.getSpec().getPodSelector())
                && policy.getSpec().getPolicyTypes() != null
                && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                && isEmpty(policy.getSpec().getIngress()) && isEmpty(policy.getSpec().getEgress());
    }

    private static boolean allowsDnsToAll(NetworkPolicy policy) {
        return Manifests.selectsEverything(policy.getSpec().getPodSelector()) && policy.getSpec().getEgress() != null
                && policy.getSpec()
                    .getEgress()
                    .stream()
                    .flatMap(rule -> rule.getPorts() == null ? java.util.stream.Stream.<NetworkPolicyPort>empty()
                            : rule.getPorts().stream())
                    .anyMatch(port -> port.getPort() != null && Integer.valueOf(53).equals(port.getPort().getIntVal()));
    }

    private static boolean isEmpty(List<?> rules) {
        return rules == null || rules.isEmpty();
    }

}
