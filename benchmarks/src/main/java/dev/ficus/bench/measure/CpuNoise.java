package dev.ficus.bench.measure;

import java.util.List;

import dev.ficus.bench.topology.CpuTimes;

/**
 * How much of the system-under-test CPUs other work took during measured windows: their
 * busy time from {@code /proc/stat} minus the CPU time of the processes under test.
 *
 * @param cpus the CPUs the processes under test were pinned to; empty when not pinned
 * (not measured)
 * @param wallSeconds length of the measured windows, summed
 * @param systemUnderTestSeconds CPU time of the processes under test
 * @param otherProcessSeconds task time on those CPUs that the processes under test did
 * not use
 * @param interruptSeconds interrupt time on those CPUs (the loopback traffic of the test
 * itself is part of it)
 * @param stealSeconds time the hypervisor gave those CPUs to another guest
 */
public record CpuNoise(List<Integer> cpus, double wallSeconds, double systemUnderTestSeconds,
        double otherProcessSeconds, double interruptSeconds, double stealSeconds) {

    /**
     * Above this share of the CPUs' time taken by other processes or the hypervisor, the
     * summary warns.
     */
    public static final double WARNING_SHARE = 0.03;

    public static final CpuNoise NOT_MEASURED = new CpuNoise(List.of(), 0, 0, 0, 0, 0);

    public CpuNoise {
        cpus = List.copyOf(cpus);
    }

    /** One window: the CPUs' times and the processes' CPU seconds before and after it. */
    public static CpuNoise of(List<Integer> cpus, double wallSeconds, CpuTimes before, CpuTimes after,
            double systemUnderTestSeconds) {
        CpuTimes used = after.minus(before);
        return new CpuNoise(cpus, wallSeconds, systemUnderTestSeconds, used.task() - systemUnderTestSeconds,
                used.interrupt(), used.steal());
    }

    public boolean measured() {
        return !cpus.isEmpty();
    }

    /** Windows measured one after the other, added up. */
    public CpuNoise plus(CpuNoise other) {
        if (!other.measured()) {
            return this;
        }
        if (!measured()) {
            return other;
        }
        return new CpuNoise(cpus, wallSeconds + other.wallSeconds,
                systemUnderTestSeconds + other.systemUnderTestSeconds, otherProcessSeconds + other.otherProcessSeconds,
                interruptSeconds + other.interruptSeconds, stealSeconds + other.stealSeconds);
    }

    /**
     * Share of the CPUs' time over the windows that other processes and the hypervisor
     * took.
     */
    public double stolenShare() {
        double capacity = wallSeconds * cpus.size();
        return (capacity > 0) ? Math.max(0, otherProcessSeconds + stealSeconds) / capacity : 0;
    }

    public boolean exceedsWarning() {
        return measured() && stolenShare() > WARNING_SHARE;
    }
}
