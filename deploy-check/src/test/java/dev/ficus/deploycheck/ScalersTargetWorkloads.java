package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.autoscaling.v2.CrossVersionObjectReference;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Every HorizontalPodAutoscaler scales an existing workload on CPU, every
 * PodDisruptionBudget selects a workload's pods, and every Spring Boot workload has both
 * and leaves its replica count to the autoscaler.
 */
final class ScalersTargetWorkloads implements ManifestCheck {

    @Override
    public String rule() {
        return "every HPA and PDB targets an existing workload, and every Spring Boot workload has both";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        List<Workload> workloads = manifests.workloads();
        for (HorizontalPodAutoscaler autoscaler : manifests.autoscalers()) {
            String name = "HorizontalPodAutoscaler " + autoscaler.getMetadata().getName();
            CrossVersionObjectReference target = autoscaler.getSpec().getScaleTargetRef();
            boolean exists = workloads.stream()
                .anyMatch(workload -> workload.kind().equals(target.getKind())
                        && workload.name().equals(target.getName()));
            if (!exists) {
                problems.add(name + " scales " + target.getKind() + " " + target.getName() + ", which does not exist");
            }
            boolean onCpu = autoscaler.getSpec().getMetrics() != null && autoscaler.getSpec()
                .getMetrics()
                .stream()
                .anyMatch(metric -> metric.getResource() != null && "cpu".equals(metric.getResource().getName()));
            if (!onCpu) {
                problems.add(name + " does not scale on CPU");
            }
        }
        for (PodDisruptionBudget budget : manifests.disruptionBudgets()) {
            if (manifests.selectedBy(budget.getSpec().getSelector()).isEmpty()) {
                problems.add("PodDisruptionBudget " + budget.getMetadata().getName() + " selects no workload's pods");
            }
        }
        for (Workload workload : workloads) {
            if (!workload.runsSpringBoot()) {
                continue;
            }
            boolean scaled = manifests.autoscalers()
                .stream()
                .anyMatch(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName().equals(workload.name())
                        && autoscaler.getSpec().getScaleTargetRef().getKind().equals(workload.kind()));
            if (!scaled) {
                problems.add(workload.id() + " has no HorizontalPodAutoscaler");
            }
            else if (workload.replicas() != null) {
                problems.add(workload.id() + " sets replicas (" + workload.replicas()
                        + "), which every apply would reset under its HorizontalPodAutoscaler");
            }
            boolean budgeted = manifests.disruptionBudgets()
                .stream()
                .anyMatch(budget -> Manifests.matches(budget.getSpec().getSelector(), workload.podLabels()));
            if (!budgeted) {
                problems.add(workload.id() + " has no PodDisruptionBudget");
            }
        }
        return problems;
    }

}
