package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * A call one side allows is not dropped by the other: every egress a NetworkPolicy allows
 * to a workload's pods in the same namespace is admitted by the ingress rules of the
 * policies that isolate the target's pods, and, where Istio ALLOW policies select the
 * target, by one of them for the caller's service account.
 */
final class CallsAreAdmitted implements ManifestCheck {

    @Override
    public String rule() {
        return "every call a NetworkPolicy lets out to a pod of the namespace is let in by the target's NetworkPolicies"
                + " and AuthorizationPolicies";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        Set<String> problems = new LinkedHashSet<>();
        for (Call call : calls(manifests)) {
            if (!admittedByNetworkPolicies(manifests, call)) {
                problems.add(call + ", which no ingress rule of a NetworkPolicy selecting " + call.target().name()
                        + " admits");
            }
            if (!admittedByMesh(manifests, call)) {
                problems.add(call + ", which no AuthorizationPolicy selecting " + call.target().name()
                        + " admits for service account " + call.serviceAccount());
            }
        }
        return List.copyOf(problems);
    }

    /**
     * One caller's pods allowed out to one target's pods on one port, by one policy.
     */
    private record Call(String policy, String namespace, Workload caller, Workload target, int port) {

        String serviceAccount() {
            return Objects.requireNonNullElse(caller.template().getSpec().getServiceAccountName(), "default");
        }

        String principal() {
            return "cluster.local/ns/" + namespace + "/sa/" + serviceAccount();
        }

        @Override
        public String toString() {
            return "NetworkPolicy " + policy + " lets " + caller.id() + " call " + target.id() + " on port " + port;
        }

    }

    private static List<Call> calls(Manifests manifests) {
        List<Call> calls = new ArrayList<>();
        for (NetworkPolicy policy : manifests.networkPolicies()) {
            List<NetworkPolicyEgressRule> egress = orEmpty(policy.getSpec().getEgress());
            String namespace = Objects.requireNonNullElse(policy.getMetadata().getNamespace(), "default");
            for (Workload caller : manifests.selectedBy(policy.getSpec().getPodSelector())) {
                for (NetworkPolicyEgressRule rule : egress) {
                    for (NetworkPolicyPeer peer : orEmpty(rule.getTo())) {
                        if (!reachesThisNamespace(peer)) {
                            continue;
                        }
                        for (Workload target : manifests.selectedBy(peer.getPodSelector())) {
                            for (int port : ports(rule.getPorts(), target)) {
                                calls.add(new Call(policy.getMetadata().getName(), namespace, caller, target, port));
                            }
                        }
                    }
                }
            }
        }
        return calls;
    }

    /** A peer of pods in the policy's own namespace (alone, or with every namespace). */
    private static boolean reachesThisNamespace(NetworkPolicyPeer peer) {
        return peer.getIpBlock() == null && peer.getPodSelector() != null
                && (peer.getNamespaceSelector() == null || Manifests.selectsEverything(peer.getNamespaceSelector()));
    }

    /**
     * The target's port numbers a rule's ports name: all its container ports when the
     * rule names none; a name the target does not declare reaches nothing.
     */
    private static List<Integer> ports(List<NetworkPolicyPort> ports, Workload target) {
        if (orEmpty(ports).isEmpty()) {
            return target.containers()
                .stream()
                .flatMap(container -> orEmpty(container.getPorts()).stream())
                .map(ContainerPort::getContainerPort)
                .toList();
        }
        return ports.stream().flatMap(port -> number(port.getPort(), target).stream()).toList();
    }

    private static Optional<Integer> number(IntOrString port, Workload target) {
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        return target.containerPort(port).map(ContainerPort::getContainerPort);
    }

    /**
     * Kubernetes semantics: pods no Ingress policy selects take everything; otherwise the
     * union of those policies' ingress rules.
     */
    private static boolean admittedByNetworkPolicies(Manifests manifests, Call call) {
        List<NetworkPolicy> isolating = manifests.networkPolicies()
            .stream()
            .filter(policy -> Manifests.matches(policy.getSpec().getPodSelector(), call.target().podLabels()))
            .filter(CallsAreAdmitted::isolatesIngress)
            .toList();
        return isolating.isEmpty() || isolating.stream()
            .flatMap(policy -> orEmpty(policy.getSpec().getIngress()).stream())
            .anyMatch(rule -> admits(rule, call));
    }

    private static boolean isolatesIngress(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        return types == null || types.isEmpty() || types.contains("Ingress");
    }

    private static boolean admits(NetworkPolicyIngressRule rule, Call call) {
        boolean fromCaller = orEmpty(rule.getFrom()).isEmpty() || rule.getFrom()
            .stream()
            .anyMatch(peer -> reachesThisNamespace(peer)
                    && Manifests.matches(peer.getPodSelector(), call.caller().podLabels()));
        boolean onPort = orEmpty(rule.getPorts()).isEmpty()
                || rule.getPorts().stream().anyMatch(port -> port.getPort() == null || admitsPort(port, call));
        return fromCaller && onPort;
    }

    private static boolean admitsPort(NetworkPolicyPort port, Call call) {
        Optional<Integer> number = number(port.getPort(), call.target());
        int last = port.getEndPort() != null ? port.getEndPort() : number.orElse(-1);
        return number.isPresent() && number.get() <= call.port() && call.port() <= last;
    }

    /**
     * Istio semantics: a target no ALLOW policy selects takes every caller; otherwise one
     * rule must name the caller (by principal or namespace) without narrowing the call to
     * some paths, methods or conditions.
     */
    private static boolean admittedByMesh(Manifests manifests, Call call) {
        List<Map<String, Object>> allowing = manifests.custom("AuthorizationPolicy")
            .stream()
            .map(CallsAreAdmitted::spec)
            .filter(spec -> "ALLOW".equals(spec.getOrDefault("action", "ALLOW")))
            .filter(spec -> selects(spec, call.target()))
            .toList();
        return allowing.isEmpty() || allowing.stream()
            .flatMap(spec -> maps(spec.get("rules")).stream())
            .anyMatch(rule -> admits(rule, call));
    }

    private static Map<String, Object> spec(GenericKubernetesResource policy) {
        return map(policy.getAdditionalProperties().get("spec"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static boolean selects(Map<String, Object> spec, Workload target) {
        if (!(spec.get("selector") instanceof Map<?, ?> selector)) {
            return true;
        }
        Map<String, String> labels = (Map<String, String>) selector.get("matchLabels");
        return Manifests.matches(new LabelSelector(List.of(), labels), target.podLabels());
    }

    private static boolean admits(Map<String, Object> rule, Call call) {
        if (rule.containsKey("when")) {
            return false;
        }
        boolean fromCaller = !rule.containsKey("from") || maps(rule.get("from")).stream()
            .map(from -> map(from.get("source")))
            .anyMatch(source -> namesCaller(source, call));
        boolean toPort = !rule.containsKey("to") || maps(rule.get("to")).stream()
            .map(to -> map(to.get("operation")))
            .anyMatch(operation -> operation.keySet().stream().allMatch("ports"::equals)
                    && strings(operation.get("ports")).stream()
                        .anyMatch(port -> port.equals(String.valueOf(call.port()))));
        return fromCaller && toPort;
    }

    private static boolean namesCaller(Map<String, Object> source, Call call) {
        return source.keySet().stream().allMatch(key -> key.equals("principals") || key.equals("namespaces"))
                && (!source.containsKey("principals") || strings(source.get("principals")).stream()
                    .anyMatch(pattern -> matches(pattern, call.principal())))
                && (!source.containsKey("namespaces") || strings(source.get("namespaces")).stream()
                    .anyMatch(pattern -> matches(pattern, call.namespace())));
    }

    /** Istio's string match: exact, {@code *}, or one {@code *} as prefix or suffix. */
    private static boolean matches(String pattern, String value) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return value.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return value.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(item -> (Map<String, Object>) item).toList();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

}
