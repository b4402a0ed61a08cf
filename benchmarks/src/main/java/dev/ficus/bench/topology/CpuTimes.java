package dev.ficus.bench.topology;

import java.util.List;

/**
 * Cumulative time some CPUs spent in each state since boot, from the {@code cpuN} lines
 * of {@code /proc/stat}, in seconds.
 *
 * @param task user, nice and system time: time spent running processes (any process)
 * @param interrupt hardware and soft interrupt time (loopback networking runs here too)
 * @param steal time the hypervisor gave the CPU to another guest
 * @param idle idle and I/O wait time
 */
public record CpuTimes(double task, double interrupt, double steal, double idle) {

    public static final CpuTimes ZERO = new CpuTimes(0, 0, 0, 0);

    /**
     * Columns after {@code cpuN}: user nice system idle iowait irq softirq steal (guest
     * time is inside user).
     */
    private static final int USER = 1, NICE = 2, SYSTEM = 3, IDLE = 4, IOWAIT = 5, IRQ = 6, SOFTIRQ = 7, STEAL = 8;

    /**
     * Sums the lines of the given CPUs in a {@code /proc/stat} text; fails when one of
     * them is missing.
     */
    public static CpuTimes parse(String procStat, List<Integer> cpus) {
        CpuTimes sum = ZERO;
        for (int cpu : cpus) {
            String prefix = "cpu" + cpu + " ";
            String line = procStat.lines()
                .filter(candidate -> candidate.startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line for CPU " + cpu + " in /proc/stat"));
            String[] fields = line.trim().split("\\s+");
            sum = sum.plus(new CpuTimes(seconds(fields, USER) + seconds(fields, NICE) + seconds(fields, SYSTEM),
                    seconds(fields, IRQ) + seconds(fields, SOFTIRQ), seconds(fields, STEAL),
                    seconds(fields, IDLE) + seconds(fields, IOWAIT)));
        }
        return sum;
    }

    public CpuTimes plus(CpuTimes other) {
        return new CpuTimes(task + other.task, interrupt + other.interrupt, steal + other.steal, idle + other.idle);
    }

    public CpuTimes minus(CpuTimes earlier) {
        return new CpuTimes(task - earlier.task, interrupt - earlier.interrupt, steal - earlier.steal,
                idle - earlier.idle);
    }

    private static double seconds(String[] fields, int column) {
        return (column < fields.length) ? Long.parseLong(fields[column]) / ProcFs.CLOCK_TICKS_PER_SECOND : 0;
    }
}
