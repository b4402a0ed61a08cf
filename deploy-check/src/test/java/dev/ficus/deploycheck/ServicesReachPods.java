package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;

/**
 * Every Service selects the pods of a workload, and each of its ports targets a port
 * those pods declare.
 */
final class ServicesReachPods implements ManifestCheck {

    @Override
    public String rule() {
        return "every Service selects a workload's pods and targets a declared container port";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Service service : manifests.services()) {
            String name = "Service " + service.getMetadata().getName();
            List<Workload> selected = manifests.selectedBy(service.getSpec().getSelector());
            if (selected.isEmpty()) {
                problems
                    .add(name + " selects no pod of any workload (selector " + service.getSpec().getSelector() + ")");
                continue;
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = targetOf(port);
                for (Workload workload : selected) {
                    if (workload.containerPort(target).isEmpty()) {
                        problems.add(name + " port " + port.getPort() + " targets " + text(target)
                                + ", which no container of " + workload.id() + " declares");
                    }
                }
            }
        }
        return problems;
    }

    /** The target port, which defaults to the port itself. */
    static IntOrString targetOf(ServicePort port) {
        return port.getTargetPort() == null ? new IntOrString(port.getPort()) : port.getTargetPort();
    }

    static String text(IntOrString port) {
        return port.getIntVal() != null ? String.valueOf(port.getIntVal()) : "'" + port.getStrVal() + "'";
    }

}
