package dev.ficus.deploycheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LifecycleHandler;

/**
 * Every Spring Boot container pauses in preStop (so endpoints stop sending before Spring
 * stops accepting), names its graceful shutdown phase, and the pod's grace period
 * outlasts the pause plus that phase: the kubelet's SIGKILL never cuts a request that was
 * being drained.
 */
final class ShutdownIsGraceful implements ManifestCheck {

    /**
     * The environment variable that sets
     * {@code spring.lifecycle.timeout-per-shutdown-phase}.
     */
    static final String SHUTDOWN_PHASE_VARIABLE = "SPRING_LIFECYCLE_TIMEOUTPERSHUTDOWNPHASE";

    private static final Pattern SPRING_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    /** Kubernetes' default when a pod does not say. */
    private static final long DEFAULT_GRACE_SECONDS = 30;

    @Override
    public String rule() {
        return "every Spring Boot pod pauses in preStop and its grace period outlasts the pause plus the shutdown phase";
    }

    @Override
    public List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            if (!workload.runsSpringBoot()) {
                continue;
            }
            long grace = Optional.ofNullable(workload.template().getSpec().getTerminationGracePeriodSeconds())
                .orElse(DEFAULT_GRACE_SECONDS);
            for (Container container : workload.containers()) {
                String name = workload.id() + " container " + container.getName();
                OptionalLong pause = preStopPause(container);
                Optional<Duration> phase = shutdownPhase(container);
                if (pause.isEmpty()) {
                    problems.add(name + " has no preStop pause (exec sleep N or sleep action)");
                }
                if (phase.isEmpty()) {
                    problems.add(name + " does not set " + SHUTDOWN_PHASE_VARIABLE + " (e.g. 20s)");
                }
                if (pause.isPresent() && phase.isPresent()) {
                    long drain = pause.getAsLong() + phase.get().toSeconds();
                    if (grace <= drain) {
                        problems.add(name + ": terminationGracePeriodSeconds " + grace
                                + " does not outlast the drain of " + drain + " s (preStop " + pause.getAsLong()
                                + " s + shutdown phase " + phase.get().toSeconds() + " s)");
                    }
                }
            }
        }
        return problems;
    }

    private static OptionalLong preStopPause(Container container) {
        LifecycleHandler preStop = container.getLifecycle() == null ? null : container.getLifecycle().getPreStop();
        if (preStop == null) {
            return OptionalLong.empty();
        }
        if (preStop.getSleep() != null && preStop.getSleep().getSeconds() != null) {
            return OptionalLong.of(preStop.getSleep().getSeconds());
        }
        if (preStop.getExec() != null && preStop.getExec().getCommand() != null) {
            List<String> command = preStop.getExec().getCommand();
            if (command.size() == 2 && command.get(0).equals("sleep") && command.get(1).matches("\\d+")) {
                return OptionalLong.of(Long.parseLong(command.get(1)));
            }
        }
        return OptionalLong.empty();
    }

    private static Optional<Duration> shutdownPhase(Container container) {
        List<EnvVar> env = container.getEnv() == null ? List.of() : container.getEnv();
        return env.stream()
            .filter(variable -> SHUTDOWN_PHASE_VARIABLE.equals(variable.getName()) && variable.getValue() != null)
            .findFirst()
            .flatMap(variable -> parse(variable.getValue()));
    }

    private static Optional<Duration> parse(String value) {
        Matcher matcher = SPRING_DURATION.matcher(value.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        return Optional.of(switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        });
    }

}
