package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;

/**
 * Istio objects, which have no Java model to be parsed strictly into: every
 * AuthorizationPolicy selects some workload's pods and names its callers, and every
 * PeerAuthentication is STRICT.
 */
final class MeshPoliciesSelectPods implements ManifestCheck {

    @Override
    public String rule() {
        return "every AuthorizationPolicy selects pods and names its callers; PeerAuthentication is STRICT";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource policy : manifests.custom("AuthorizationPolicy")) {
            String name = "AuthorizationPolicy " + policy.getMetadata().getName();
            Map<String, Object> spec = (Map<String, Object>) policy.getAdditionalProperties().get("spec");
            Map<String, Object> selector = spec == null ? null : (Map<String, Object>) spec.get("selector");
            Map<String, String> matchLabels = selector == null ? null
                    : (Map<String, String>) selector.get("matchLabels");
            if (matchLabels == null || matchLabels.isEmpty()) {
                problems.add(name + " has no selector.matchLabels (it would apply to every pod)");
            }
            else if (manifests.selectedBy(new LabelSelector(List.of(), matchLabels)).isEmpty()) {
                problems.add(name + " selects no workload's pods (" + matchLabels + ")");
            }
            List<Map<String, Object>> rules = spec == null ? null : (List<Map<String, Object>>) spec.get("rules");
            boolean namesCallers = rules != null && !rules.isEmpty()
                    && rules.stream().allMatch(rule -> rule.get("from") instanceof List<?> from && !from.isEmpty());
            if (!namesCallers) {
                problems.add(name + " has a rule that names no caller (from)");
            }
        }
        for (GenericKubernetesResource authentication : manifests.custom("PeerAuthentication")) {
            Map<String, Object> spec = (Map<String, Object>) authentication.getAdditionalProperties().get("spec");
            Map<String, Object> mtls = spec == null ? null : (Map<String, Object>) spec.get("mtls");
            if (mtls == null || !"STRICT".equals(mtls.get("mode"))) {
                problems.add("PeerAuthentication " + authentication.getMetadata().getName() + " is not STRICT");
            }
        }
        return problems;
    }

}
