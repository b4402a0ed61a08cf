package dev.ficus.deploycheck;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * A Deployment or StatefulSet as the checks see it: its own labels and the pods it makes.
 *
 * @param kind {@code Deployment} or {@code StatefulSet}
 * @param name the object's name
 * @param labels the object's own labels (not its pods')
 * @param replicas the replica count it sets, or {@code null} when it leaves it to an
 * autoscaler
 * @param template the pod template
 */
record Workload(String kind, String name, Map<String, String> labels, Integer replicas, PodTemplateSpec template) {

    /** Label of the workloads that run a Ficus Spring Boot process. */
    static final String RUNTIME_LABEL = "ficus.dev/runtime";

    Map<String, String> podLabels() {
        Map<String, String> labels = template.getMetadata() == null ? null : template.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    List<Container> containers() {
        return template.getSpec().getContainers();
    }

    boolean runsSpringBoot() {
        return "spring-boot".equals(labels.get(RUNTIME_LABEL));
    }

    /**
     * The container port a Service's target port (a name or a number) lands on, if any
     * container declares it.
     */
    Optional<ContainerPort> containerPort(IntOrString target) {
        return containers().stream()
            .flatMap(container -> container.getPorts() == null ? java.util.stream.Stream.empty()
                    : container.getPorts().stream())
            .filter(port -> target.getIntVal() != null ? target.getIntVal().equals(port.getContainerPort())
                    : target.getStrVal().equals(port.getName()))
            .findFirst();
    }

    String id() {
        return kind + " " + name;
    }

}
