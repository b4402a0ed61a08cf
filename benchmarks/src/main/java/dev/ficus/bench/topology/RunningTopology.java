package dev.ficus.bench.topology;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.ficus.bench.load.LoopbackTarget;

/**
 * A started topology: every process ready, stopped again on {@link #close()}, on JVM
 * shutdown (Ctrl-C), or when starting any of its processes fails.
 */
public final class RunningTopology implements AutoCloseable {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Topology topology;

    private final List<ManagedProcess> processes;

    private final Map<String, Duration> startToReady;

    private final Thread shutdownHook;

    private RunningTopology(Topology topology, List<ManagedProcess> processes, Map<String, Duration> startToReady,
            Thread shutdownHook) {
        this.topology = topology;
        this.processes = processes;
        this.startToReady = startToReady;
        this.shutdownHook = shutdownHook;
    }

    /**
     * Launches all processes at once, as an orchestrator would, and waits until every one
     * is ready; stops what it started if any fails. Processes do not need each other to
     * start: a gateway or monolith only calls its backends when requests arrive.
     */
    public static RunningTopology start(Topology topology, ProcessLauncher launcher) {
        List<ManagedProcess> started = Collections.synchronizedList(new ArrayList<>());
        Thread hook = new Thread(() -> stopAll(started), "stop-" + topology.name());
        Runtime.getRuntime().addShutdownHook(hook);
        Map<String, Duration> ready = new HashMap<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            for (ProcessSpec spec : topology.processes()) {
                started.add(ManagedProcess.start(spec, launcher));
            }
            awaitReady(started, ready, client, launcher.readyTimeout());
            return new RunningTopology(topology, started, orderedAsStarted(started, ready), hook);
        }
        catch (RuntimeException ex) {
            stopAll(started);
            removeHook(hook);
            throw ex;
        }
    }

    private static void awaitReady(List<ManagedProcess> processes, Map<String, Duration> ready, HttpClient client,
            Duration timeout) {
        while (ready.size() < processes.size()) {
            for (ManagedProcess process : processes) {
                if (!ready.containsKey(process.name())) {
                    process.checkReady(client, timeout).ifPresent(time -> ready.put(process.name(), time));
                }
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ProcessFailedException("topology", "interrupted while waiting for readiness");
            }
        }
    }

    private static Map<String, Duration> orderedAsStarted(List<ManagedProcess> processes, Map<String, Duration> ready) {
        Map<String, Duration> ordered = new LinkedHashMap<>();
        processes.forEach(process -> ordered.put(process.name(), ready.get(process.name())));
        return ordered;
    }

    public Topology topology() {
        return topology;
    }

    public LoopbackTarget entry() {
        return LoopbackTarget.port(topology.entryProcess().port());
    }

    public List<ManagedProcess> processes() {
        return List.copyOf(processes);
    }

    public Optional<ManagedProcess> process(String name) {
        return processes.stream().filter(process -> process.name().equals(name)).findFirst();
    }

    /**
     * Starts the named process again with the same command line and port (after a kill),
     * without waiting for it; it replaces the old one in this topology and is stopped
     * with it.
     */
    public ManagedProcess restart(String name, ProcessLauncher launcher) {
        ManagedProcess old = process(name).orElseThrow(() -> new IllegalArgumentException("no process " + name));
        if (old.isAlive()) {
            old.kill();
        }
        ManagedProcess restarted = ManagedProcess.start(
                topology.processes().stream().filter(spec -> spec.name().equals(name)).findFirst().orElseThrow(),
                launcher);
        synchronized (processes) {
            processes.set(processes.indexOf(old), restarted);
        }
        return restarted;
    }

    /**
     * Stops the process of the same name gracefully and starts {@code spec} in its place
     * (e.g. with other settings), without waiting for it; it is stopped with this
     * topology.
     */
    public ManagedProcess replace(ProcessSpec spec, ProcessLauncher launcher) {
        ManagedProcess old = process(spec.name())
            .orElseThrow(() -> new IllegalArgumentException("no process " + spec.name()));
        old.stop();
        ManagedProcess replacement = ManagedProcess.start(spec, launcher);
        synchronized (processes) {
            processes.set(processes.indexOf(old), replacement);
        }
        return replacement;
    }

    /**
     * Waits until the named process answers its readiness path; returns the time from its
     * launch to ready.
     */
    public Duration awaitReady(String name, Duration timeout) {
        ManagedProcess process = process(name).orElseThrow(() -> new IllegalArgumentException("no process " + name));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        while (true) {
            Optional<Duration> ready = process.checkReady(client, timeout);
            if (ready.isPresent()) {
                return ready.get();
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ProcessFailedException(name, "interrupted while waiting for readiness");
            }
        }
    }

    /** Time from launching each process to its readiness, in start order. */
    public Map<String, Duration> startToReady() {
        return Collections.unmodifiableMap(startToReady);
    }

    /**
     * Processes that exited without the benchmark stopping or killing them, with their
     * exit codes.
     */
    public Map<String, Integer> unexpectedExits() {
        Map<String, Integer> exits = new LinkedHashMap<>();
        processes.forEach(process -> process.unexpectedExit().ifPresent(code -> exits.put(process.name(), code)));
        return exits;
    }

    /** Current resource usage of every process, in start order. */
    public Map<String, ProcessUsage> sample() {
        Map<String, ProcessUsage> usage = new LinkedHashMap<>();
        processes.forEach(process -> usage.put(process.name(), process.sample()));
        return usage;
    }

    /**
     * Leaves every process running after this JVM exits: neither {@link #close()} nor the
     * shutdown hook stops them any more; returns their process ids.
     */
    public List<Long> detach() {
        removeHook(shutdownHook);
        List<Long> pids = processes.stream().map(ManagedProcess::pid).toList();
        processes.clear();
        return pids;
    }

    @Override
    public void close() {
        stopAll(processes);
        removeHook(shutdownHook);
    }

    private static void stopAll(List<ManagedProcess> processes) {
        List<ManagedProcess> reversed = new ArrayList<>(processes);
        Collections.reverse(reversed);
        reversed.forEach(ManagedProcess::stop);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (IllegalStateException ex) {
            // Already shutting down: the hook is running and stops the processes itself.
        }
    }

}
