package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The objects of one built overlay (or fixture), typed, with the look-ups the checks
 * share.
 */
record Manifests(List<HasMetadata> objects) {

    Manifests {
        objects = List.copyOf(objects);
    }

    <T extends HasMetadata> List<T> of(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return of(GenericKubernetesResource.class).stream().filter(object -> kind.equals(object.getKind())).toList();
    }

    List<Workload> workloads() {
        Stream<Workload> deployments = of(Deployment.class).stream()
            .map(d -> new Workload("Deployment", d.getMetadata().getName(), labels(d), d.getSpec().getReplicas(),
                    d.getSpec().getTemplate()));
        Stream<Workload> statefulSets = of(StatefulSet.class).stream()
            .map(s -> new Workload("StatefulSet", s.getMetadata().getName(), labels(s), s.getSpec().getReplicas(),
                    s.getSpec().getTemplate()));
        return Stream.concat(deployments, statefulSets).toList();
    }

    List<Service> services() {
        return of(Service.class);
    }

    List<HorizontalPodAutoscaler> autoscalers() {
        return of(HorizontalPodAutoscaler.class);
    }

    List<PodDisruptionBudget> disruptionBudgets() {
        return of(PodDisruptionBudget.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return of(NetworkPolicy.class);
    }

    List<Ingress> ingresses() {
        return of(Ingress.class);
    }

    List<HTTPRoute> httpRoutes() {
        return of(HTTPRoute.class);
    }

    /**
     * The workloads whose pods a label selector picks; an empty (not absent) selector
     * picks all of them.
     */
    List<Workload> selectedBy(LabelSelector selector) {
        return workloads().stream().filter(workload -> matches(selector, workload.podLabels())).toList();
    }

    /**
     * The workloads whose pods a Service's equality selector picks; none for a Service
     * without a selector.
     */
    List<Workload> selectedBy(Map<String, String> serviceSelector) {
        if (serviceSelector == null || serviceSelector.isEmpty()) {
            return List.of();
        }
        return workloads().stream()
            .filter(workload -> workload.podLabels().entrySet().containsAll(serviceSelector.entrySet()))
            .toList();
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> required = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        if (!labels.entrySet().containsAll(required.entrySet())) {
            return false;
        }
        List<LabelSelectorRequirement> expressions = selector.getMatchExpressions() == null ? List.of()
                : selector.getMatchExpressions();
        return expressions.stream().allMatch(requirement -> matches(requirement, labels));
    }

    private static boolean matches(LabelSelectorRequirement requirement, Map<String, String> labels) {
        String value = labels.get(requirement.getKey());
        List<String> values = requirement.getValues() == null ? List.of() : requirement.getValues();
        return switch (requirement.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new InvalidManifestException("unknown selector operator " + requirement.getOperator());
        };
    }

    static boolean selectsEverything(LabelSelector selector) {
        return selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
    }

    private static Map<String, String> labels(HasMetadata object) {
        return Objects.requireNonNullElse(object.getMetadata().getLabels(), Map.of());
    }

}
