package dev.ficus.bench.provenance;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where, how and on what a benchmark ran, written into every result JSON so its figures
 * are never read without their context. A run from before this record existed has
 * {@code null} for what it did not record.
 *
 * @param command the command line as typed ({@code FICUS_COMMAND_LINE}, set by
 * {@code ./ficus}), else the JVM's own command line
 * @param commit the checkout's git commit, or {@code null} when unknown
 * @param uncommittedChanges whether tracked files differed from that commit, or
 * {@code null} when unknown
 * @param machine the machine
 * @param loadBefore the system load average when the run started
 * @param loadAfter the system load average when it ended
 */
public record Provenance(@Nullable String command, @Nullable String commit, @Nullable Boolean uncommittedChanges,
        @Nullable Machine machine, @Nullable LoadAverage loadBefore, @Nullable LoadAverage loadAfter) {

    /** Set by the {@code ficus} script to the command line the user typed. */
    public static final String COMMAND_LINE_VARIABLE = "FICUS_COMMAND_LINE";

    private static final long GIT_TIMEOUT_SECONDS = 10;

    /**
     * The machine.
     *
     * @param cpuModel CPU model name
     * @param cores processors available to the JVM
     * @param memoryBytes total memory ({@code MemTotal})
     * @param os operating system name, version and architecture
     * @param jvm vendor, name and version of the JVM that ran the benchmark
     */
    public record Machine(@Nullable String cpuModel, @Nullable Integer cores, @Nullable Long memoryBytes,
            @Nullable String os, @Nullable String jvm) {

        public static Machine current() {
            return new Machine(
                    procLine(Path.of("/proc/cpuinfo"), "model name").map(value -> value.replaceFirst("^\\s*:\\s*", ""))
                        .orElse(null),
                    Runtime.getRuntime().availableProcessors(),
                    procLine(Path.of("/proc/meminfo"), "MemTotal:")
                        .map(value -> Long.parseLong(value.trim().split("\\s+")[0]) * 1024)
                        .orElse(null),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                            + System.getProperty("os.arch") + ")",
                    System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                            + System.getProperty("java.runtime.version"));
        }
    }

    /** The 1, 5 and 15 minute system load averages of {@code /proc/loadavg}. */
    public record LoadAverage(@Nullable Double oneMinute, @Nullable Double fiveMinutes,
            @Nullable Double fifteenMinutes) {

        public static LoadAverage now() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return new LoadAverage(Double.valueOf(fields[0]), Double.valueOf(fields[1]), Double.valueOf(fields[2]));
            }
            catch (IOException | RuntimeException ex) {
                double one = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                return new LoadAverage(one < 0 ? null : one, null, null);
            }
        }
    }

    /**
     * What is known when a run starts in {@code checkout}: everything but the load
     * average after it.
     */
    public static Provenance begin(Path checkout) {
        String[] commit = commit(checkout);
        return new Provenance(commandLine(), commit[0], (commit[0] == null) ? null : Boolean.valueOf(commit[1]),
                Machine.current(), LoadAverage.now(), null);
    }

    /** This provenance with the load average now as the load after the run. */
    public Provenance finish() {
        return new Provenance(command, commit, uncommittedChanges, machine, loadBefore, LoadAverage.now());
    }

    /**
     * Whether the 1-minute load average before the run exceeded the cores: other work
     * shared the machine. The load after counts the run's own processes, which alone can
     * take it above the cores, so it says nothing about other work.
     */
    public boolean busy() {
        return above(loadBefore);
    }

    /** Whether the 1-minute load average before the run was recorded. */
    public boolean loadBeforeKnown() {
        return loadBefore != null && loadBefore.oneMinute() != null;
    }

    /** Whether the 1-minute load average after the run exceeded the cores. */
    public boolean loadAboveCoresAfter() {
        return above(loadAfter);
    }

    private boolean above(@Nullable LoadAverage load) {
        return machine != null && machine.cores() != null && load != null && load.oneMinute() != null
                && load.oneMinute() > machine.cores();
    }

    private static @Nullable String commandLine() {
        String typed = System.getenv(COMMAND_LINE_VARIABLE);
        if (typed != null && !typed.isBlank()) {
            return typed;
        }
        return ProcessHandle.current().info().commandLine().orElse(null);
    }

    /**
     * {@code [hash, "true" if tracked files changed]}, or {@code [null, null]} without
     * git or a repository.
     */
    private static String[] commit(Path checkout) {
        Optional<String> head = git(checkout, "rev-parse", "HEAD");
        if (head.isEmpty()) {
            return new String[] { null, null };
        }
        Optional<String> changes = git(checkout, "status", "--porcelain", "--untracked-files=no");
        return new String[] { head.get(), Boolean.toString(changes.map(text -> !text.isEmpty()).orElse(false)) };
    }

    private static Optional<String> git(Path checkout, String... arguments) {
        try {
            Process process = new ProcessBuilder(
                    Stream.concat(Stream.of("git", "-C", checkout.toString()), Stream.of(arguments)).toList())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return (process.exitValue() == 0) ? Optional.of(out) : Optional.empty();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<String> procLine(Path file, String key) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key)).findFirst().map(line -> line.substring(key.length()));
        }
        catch (IOException | UncheckedIOException ex) {
            return Optional.empty();
        }
    }

    /** The parts of this record a run did not write, in words, for a report to say so. */
    public List<String> missing() {
        return Stream
            .of(command == null ? "the command line" : null, commit == null ? "the git commit" : null,
                    machine == null ? "the machine" : null,
                    (loadBefore == null || loadAfter == null) ? "the load average before and after" : null)
            .filter(part -> part != null)
            .toList();
    }
}
