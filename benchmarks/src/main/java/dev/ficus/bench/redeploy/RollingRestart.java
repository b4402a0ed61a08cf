package dev.ficus.bench.redeploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.ficus.bench.topology.ManagedProcess;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;

/**
 * Restarts processes of a running shape one at a time, as a deployment would: SIGTERM,
 * wait for the process to exit (it finishes what it is serving), start it again with the
 * same command line and port, and only once it is ready go on to the next.
 */
final class RollingRestart {

    private final RunningTopology topology;

    private final ProcessLauncher launcher;

    private final Duration readyTimeout;

    private final Consumer<String> progress;

    RollingRestart(RunningTopology topology, ProcessLauncher launcher, Duration readyTimeout,
            Consumer<String> progress) {
        this.topology = topology;
        this.launcher = launcher;
        this.readyTimeout = readyTimeout;
        this.progress = progress;
    }

    /**
     * Restarts {@code processes} in order; times are taken from {@code originNanos}
     * ({@link System#nanoTime()} at the start of the load).
     * @throws dev.ficus.bench.topology.ProcessFailedException when a process is not ready
     * again in time
     */
    List<RestartStep> restart(List<String> processes, long originNanos) {
        List<RestartStep> steps = new ArrayList<>();
        for (String name : processes) {
            steps.add(restartOne(name, originNanos));
        }
        return steps;
    }

    private RestartStep restartOne(String name, long originNanos) {
        ManagedProcess old = topology.process(name)
            .orElseThrow(() -> new IllegalArgumentException("no process " + name));
        long stopAt = millisSince(originNanos);
        old.stop();
        long exitedAt = millisSince(originNanos);
        int exitCode = old.exitCode().orElse(-1);
        ManagedProcess started = topology.restart(name, launcher);
        topology.awaitReady(name, readyTimeout);
        long readyAt = millisSince(originNanos);
        progress.accept("%s: SIGTERM, exited in %d ms (code %d), started again as pid %d, ready after %d ms"
            .formatted(name, exitedAt - stopAt, exitCode, started.pid(), readyAt - exitedAt));
        return new RestartStep(name, old.pid(), started.pid(), exitCode, stopAt, exitedAt, readyAt, -1);
    }

    private static long millisSince(long originNanos) {
        return (System.nanoTime() - originNanos) / 1_000_000;
    }

}
