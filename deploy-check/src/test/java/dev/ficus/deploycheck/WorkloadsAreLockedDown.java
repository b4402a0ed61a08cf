package dev.ficus.deploycheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

/**
 * Every container runs as non-root on a read-only root filesystem with a writable
 * {@code /tmp} (an emptyDir), cannot escalate privileges, drops all capabilities and runs
 * under the RuntimeDefault seccomp profile: the restricted Pod Security Standard and then
 * some.
 */
final class WorkloadsAreLockedDown implements ManifestCheck {

    @Override
    public String rule() {
        return "every container is non-root, read-only with an emptyDir /tmp, unprivileged, capability-free and seccomp'd";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            PodSecurityContext pod = Objects.requireNonNullElseGet(workload.template().getSpec().getSecurityContext(),
                    PodSecurityContext::new);
            for (Container container : workload.containers()) {
                String name = workload.id() + " container " + container.getName();
                SecurityContext own = Objects.requireNonNullElseGet(container.getSecurityContext(),
                        SecurityContext::new);
                if (!Boolean.TRUE.equals(Optional.ofNullable(own.getRunAsNonRoot()).orElse(pod.getRunAsNonRoot()))) {
                    problems.add(name + " may run as root (runAsNonRoot is not true)");
                }
                if (!Boolean.FALSE.equals(own.getAllowPrivilegeEscalation())) {
                    problems.add(name + " may escalate privileges (allowPrivilegeEscalation is not false)");
                }
                if (Boolean.TRUE.equals(own.getPrivileged())) {
                    problems.add(name + " is privileged");
                }
                if (!Boolean.TRUE.equals(own.getReadOnlyRootFilesystem())) {
                    problems.add(name + " has a writable root filesystem");
                }
                if (!dropsAll(own.getCapabilities())) {
                    problems.add(name + " keeps capabilities (drop does not list ALL)");
                }
                SeccompProfile seccomp = Optional.ofNullable(own.getSeccompProfile()).orElse(pod.getSeccompProfile());
                if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
                    problems.add(name + " has no RuntimeDefault seccomp profile");
                }
                if (!hasWritableTmp(workload, container)) {
                    problems.add(name + " has no emptyDir mounted at /tmp");
                }
            }
        }
        return problems;
    }

    private static boolean dropsAll(Capabilities capabilities) {
        return capabilities != null && capabilities.getDrop() != null && capabilities.getDrop().contains("ALL")
                && (capabilities.getAdd() == null || capabilities.getAdd().isEmpty());
    }

    private static boolean hasWritableTmp(Workload workload, Container container) {
        List<VolumeMount> mounts = container.getVolumeMounts() == null ? List.of() : container.getVolumeMounts();
        List<Volume> volumes = workload.template().getSpec().getVolumes() == null ? List.of()
                : workload.template().getSpec().getVolumes();
        return mounts.stream()
            .filter(mount -> "/tmp".equals(mount.getMountPath()) && !Boolean.TRUE.equals(mount.getReadOnly()))
            .anyMatch(mount -> volumes.stream()
                .anyMatch(volume -> volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null));
    }

}
