package dev.ficus.bench.topology;

/**
 * Resources one process used, read from {@code /proc}.
 *
 * @param cpuSeconds user plus system CPU time since the process started
 * @param peakRssBytes peak resident set size ({@code VmHWM})
 * @param rssBytes resident set size when sampled ({@code VmRSS})
 * @param jitCpuSeconds the part of {@code cpuSeconds} the JVM's JIT compiler threads used
 * ({@code C1}/{@code C2 CompilerThread}); 0 for a process that is no HotSpot JVM
 */
public record ProcessUsage(double cpuSeconds, long peakRssBytes, long rssBytes, double jitCpuSeconds) {

    public static final ProcessUsage UNKNOWN = new ProcessUsage(0, 0, 0, 0);

    /** CPU time used between an earlier sample and this one. */
    public double cpuSecondsSince(ProcessUsage earlier) {
        return cpuSeconds - earlier.cpuSeconds;
    }

    /** CPU time the JIT compilers used between an earlier sample and this one. */
    public double jitCpuSecondsSince(ProcessUsage earlier) {
        return jitCpuSeconds - earlier.jitCpuSeconds;
    }
}
