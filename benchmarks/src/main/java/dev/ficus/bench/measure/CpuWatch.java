package dev.ficus.bench.measure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

import dev.ficus.bench.topology.CpuTimes;
import dev.ficus.bench.topology.ProcFs;
import dev.ficus.bench.topology.ProcessUsage;
import dev.ficus.bench.topology.RunningTopology;

/**
 * The CPU of the system under test during one repeat: readings of its processes' usage
 * and its CPUs' times, the noise other processes made between two readings, and the wait
 * until what an earlier load left queued has drained.
 */
final class CpuWatch {

    /**
     * The system under test counts as quiet when it uses less than this share of its
     * CPUs.
     */
    static final double QUIET_SHARE = 0.1;

    /**
     * Longest wait for the system under test to finish work queued by a load before the
     * next one is measured.
     */
    static final Duration QUIET_TIMEOUT = Duration.ofSeconds(10);

    /** How often the wait for quiet, and for recovery, looks again. */
    static final Duration PROBE_EVERY = Duration.ofMillis(500);

    private static final ProcFs PROC = new ProcFs();

    private final RunningTopology running;

    private final List<Integer> cpus;

    private final Progress progress;

    private final String label;

    CpuWatch(RunningTopology running, List<Integer> cpus, Progress progress, String label) {
        this.running = running;
        this.cpus = cpus;
        this.progress = progress;
        this.label = label;
    }

    /**
     * The state of the system under test at one instant: its processes' usage and its
     * CPUs' times.
     */
    record Reading(long nanos, Map<String, ProcessUsage> processes, CpuTimes cpuTimes) {

        double cpuSecondsSince(Reading earlier) {
            return cpuSecondsByProcessSince(earlier).values().stream().mapToDouble(Double::doubleValue).sum();
        }

        Map<String, Double> cpuSecondsByProcessSince(Reading earlier) {
            return bySince(earlier, ProcessUsage::cpuSecondsSince);
        }

        /**
         * CPU seconds of each process's JIT compiler threads since an earlier reading.
         */
        Map<String, Double> jitSecondsByProcessSince(Reading earlier) {
            return bySince(earlier, (now, before) -> Math.max(0, now.jitCpuSecondsSince(before)));
        }

        private Map<String, Double> bySince(Reading earlier, ToDoubleBiFunction<ProcessUsage, ProcessUsage> since) {
            Map<String, Double> seconds = new LinkedHashMap<>();
            processes.forEach((name, usage) -> {
                ProcessUsage before = earlier.processes.get(name);
                if (before != null) {
                    seconds.put(name, since.applyAsDouble(usage, before));
                }
            });
            return seconds;
        }
    }

    /** CPUs the processes under test may use: the pinned ones, else the whole machine. */
    int cpuCount() {
        return cpus.isEmpty() ? Runtime.getRuntime().availableProcessors() : cpus.size();
    }

    Reading read() {
        return new Reading(System.nanoTime(), running.sample(),
                cpus.isEmpty() ? CpuTimes.ZERO : PROC.cpuTimes(cpus).orElse(CpuTimes.ZERO));
    }

    /** What other processes took of the pinned CPUs between two readings. */
    CpuNoise noise(Reading before, Reading after) {
        if (cpus.isEmpty() || before.cpuTimes().equals(CpuTimes.ZERO)) {
            return CpuNoise.NOT_MEASURED;
        }
        return CpuNoise.of(cpus, (after.nanos() - before.nanos()) / 1e9, before.cpuTimes(), after.cpuTimes(),
                after.cpuSecondsSince(before));
    }

    /**
     * Waits until the processes under test have finished what an earlier load left queued
     * (open connections, asynchronous event listeners), so it is not charged to the next
     * measurement; returns the reading that found them quiet, or the last one when they
     * were still busy after {@link #QUIET_TIMEOUT}.
     */
    Reading awaitQuiet(String after) {
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        Reading last = read();
        while (System.nanoTime() < deadline) {
            sleep(PROBE_EVERY);
            Reading now = read();
            double share = now.cpuSecondsSince(last) / ((now.nanos() - last.nanos()) / 1e9) / cpuCount();
            last = now;
            if (share < QUIET_SHARE) {
                return now;
            }
        }
        progress.step(label + ": still busy " + QUIET_TIMEOUT.toSeconds() + " s after the " + after);
        return last;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the system under test to go quiet", ex);
        }
    }

}
