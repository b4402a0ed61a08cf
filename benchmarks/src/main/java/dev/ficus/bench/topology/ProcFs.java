package dev.ficus.bench.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads CPU time and memory of a process from Linux {@code /proc/<pid>/stat} and
 * {@code /proc/<pid>/status}, and its JIT compiler threads' CPU time from
 * {@code /proc/<pid>/task/<tid>/stat}.
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

    /**
     * How HotSpot's JIT compiler threads ({@code C2 CompilerThread0},
     * {@code C1 CompilerThread0}) begin in a task's {@code stat}, whose command name the
     * kernel cuts to 15 characters.
     */
    private static final Pattern JIT_THREAD = Pattern.compile("^\\d+ \\(C[12] CompilerThre");

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
            return Optional.of(new ProcessUsage(cpu, kilobytes(status, "VmHWM:") * 1024,
                    kilobytes(status, "VmRSS:") * 1024, jitCpuSeconds(dir.resolve("task"))));
        }
        catch (IOException | UncheckedIOException ex) {
            return Optional.empty();
        }
    }

    /**
     * CPU time of the JIT compiler threads among a process's tasks; a thread that ends
     * while they are read is left out, and with it its time (HotSpot keeps at least one
     * compiler thread of each kind for the JVM's life).
     */
    static double jitCpuSeconds(Path tasks) throws IOException {
        double seconds = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    if (JIT_THREAD.matcher(stat).lookingAt()) {
                        seconds += cpuSeconds(stat);
                    }
                }
                catch (NoSuchFileException ex) {
                    // the thread ended since the listing
                }
            }
        }
        return seconds;
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
