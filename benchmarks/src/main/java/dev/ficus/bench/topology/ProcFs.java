package dev.ficus.bench.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads CPU time and memory of a process from Linux {@code /proc/<pid>/stat} and
 * {@code /proc/<pid>/status}.
 */
public final class ProcFs {

    /**
     * Clock ticks per second of {@code utime}/{@code stime}; 100 on every mainstream
     * Linux configuration.
     */
    static final double CLOCK_TICKS_PER_SECOND = 100.0;

    /**
     * Fields 14 and 15 of {@code stat}, counted after the parenthesised command name
     * (field 2).
     */
    private static final int UTIME_AFTER_COMM = 11;

    private static final int STIME_AFTER_COMM = 12;

    /** Fields 16 and 17: CPU time of the children waited for. */
    private static final int CUTIME_AFTER_COMM = 13;

    private static final int CSTIME_AFTER_COMM = 14;

    private final Path proc;

    public ProcFs() {
        this(Path.of("/proc"));
    }

    ProcFs(Path proc) {
        this.proc = proc;
    }

    public boolean available() {
        return Files.isDirectory(proc.resolve("self"));
    }

    /**
     * The usage of a live process, or empty when it has gone or {@code /proc} is
     * unavailable.
     */
    public Optional<ProcessUsage> usage(long pid) {
        Path dir = proc.resolve(Long.toString(pid));
        try {
            double cpu = cpuSeconds(Files.readString(dir.resolve("stat")));
            List<String> status = Files.readAllLines(dir.resolve("status"));
            return Optional
                .of(new ProcessUsage(cpu, kilobytes(status, "VmHWM:") * 1024, kilobytes(status, "VmRSS:") * 1024));
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    /**
     * Time the given CPUs spent in each state since boot, or empty when
     * {@code /proc/stat} cannot be read.
     */
    public Optional<CpuTimes> cpuTimes(List<Integer> cpus) {
        try {
            return Optional.of(CpuTimes.parse(Files.readString(proc.resolve("stat")), cpus));
        }
        catch (IOException | IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    /**
     * CPU time of this process's children that have exited and been waited for, with
     * theirs: what a build run as a child cost, read before and after it; empty when
     * {@code /proc} is unavailable.
     */
    public Optional<Double> childrenCpuSeconds() {
        try {
            return Optional.of(childrenCpuSeconds(Files.readString(proc.resolve("self").resolve("stat"))));
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }

    static double childrenCpuSeconds(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[CUTIME_AFTER_COMM]) + Long.parseLong(fields[CSTIME_AFTER_COMM]);
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    static double cpuSeconds(String stat) {
        // The command name may contain spaces and parentheses; everything after the last
        // ')' is well-formed.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        long ticks = Long.parseLong(fields[UTIME_AFTER_COMM]) + Long.parseLong(fields[STIME_AFTER_COMM]);
        return ticks / CLOCK_TICKS_PER_SECOND;
    }

    static long kilobytes(List<String> status, String key) {
        return status.stream()
            .filter(line -> line.startsWith(key))
            .map(line -> line.substring(key.length()).trim().split("\\s+")[0])
            .mapToLong(Long::parseLong)
            .findFirst()
            .orElse(0);
    }

}
