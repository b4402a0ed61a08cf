package dev.ficus.bench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a benchmark ran on, so numbers are never read without their context.
 *
 * @param cores processors available to the JVM
 * @param memoryBytes total memory ({@code MemTotal} of {@code /proc/meminfo}), 0 when
 * unknown
 * @param cpuModel CPU model name, or {@code "unknown"}
 * @param os operating system name and version
 * @param jdk JDK vendor, name and version running the generator and every process
 * @param cpuAffinity how CPUs were split between generator and system under test
 * @param jvmFlags JVM flags every process got
 */
public record MachineDescription(int cores, long memoryBytes, String cpuModel, String os, String jdk,
        String cpuAffinity, List<String> jvmFlags) {

    public MachineDescription {
        jvmFlags = List.copyOf(jvmFlags);
    }

    public static MachineDescription current(String cpuAffinity, List<String> jvmFlags) {
        return new MachineDescription(Runtime.getRuntime().availableProcessors(), readMemTotal(), readCpuModel(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.vendor") + " " + System.getProperty("java.vm.name") + " "
                        + System.getProperty("java.runtime.version"),
                cpuAffinity, jvmFlags);
    }

    public String describe() {
        return "%d cores (%s), %.1f GiB memory, %s, %s".formatted(cores, cpuModel, memoryBytes / (double) (1L << 30),
                os, jdk);
    }

    private static long readMemTotal() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal:")
            .map(value -> Long.parseLong(value.trim().split("\\s+")[0]) * 1024)
            .orElse(0L);
    }

    private static String readCpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").map(value -> value.replaceFirst("^\\s*:\\s*", ""))
            .orElse("unknown");
    }

    private static Optional<String> procLine(Path file, String key) {
        try (var lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(key)).findFirst().map(line -> line.substring(key.length()));
        }
        catch (IOException | UncheckedIOException ex) {
            return Optional.empty();
        }
    }
}
