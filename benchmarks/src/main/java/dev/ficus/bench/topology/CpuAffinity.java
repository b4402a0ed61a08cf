package dev.ficus.bench.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which CPUs the processes under test may run on, applied with {@code taskset} where it
 * exists.
 * <p>
 * On a machine with at least two cores the load generator keeps CPU 0 and every topology
 * shares the remaining CPUs, so the monolith and the microservices are compared on
 * exactly the same hardware budget.
 *
 * @param systemUnderTest CPU list in {@code taskset -c} syntax, e.g. {@code "1-3"}; empty
 * for no pinning
 * @param generator CPU list for the load generator's own process; empty for no pinning
 */
public record CpuAffinity(Optional<String> systemUnderTest, Optional<String> generator) {

    private static final Path TASKSET = Path.of("/usr/bin/taskset");

    public static final CpuAffinity NONE = new CpuAffinity(Optional.empty(), Optional.empty());

    /**
     * Splits the machine as described above, or pins nothing when there is one core or no
     * {@code taskset}.
     */
    public static CpuAffinity auto() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || !Files.isExecutable(TASKSET)) {
            return NONE;
        }
        String rest = (cores == 2) ? "1" : "1-" + (cores - 1);
        return new CpuAffinity(Optional.of(rest), Optional.of("0"));
    }

    /**
     * The CPUs the processes under test are pinned to: {@code [1, 2, 3]} for
     * {@code "1-3"}; empty when unpinned.
     */
    public List<Integer> systemUnderTestCpus() {
        return systemUnderTest.map(CpuAffinity::cpuList).orElse(List.of());
    }

    static List<Integer> cpuList(String list) {
        List<Integer> cpus = new ArrayList<>();
        for (String part : list.split(",")) {
            String[] range = part.trim().split("-");
            int first = Integer.parseInt(range[0].trim());
            int last = (range.length > 1) ? Integer.parseInt(range[1].trim()) : first;
            for (int cpu = first; cpu <= last; cpu++) {
                cpus.add(cpu);
            }
        }
        return List.copyOf(cpus);
    }

    /** The command prefix that pins a process under test, or nothing. */
    List<String> prefix() {
        return systemUnderTest.map(cpus -> List.of(TASKSET.toString(), "-c", cpus)).orElse(List.of());
    }

    /**
     * Pins the current process (the load generator) where a generator CPU list is set.
     */
    public void pinGenerator() {
        generator.ifPresent(cpus -> {
            try {
                new ProcessBuilder(TASKSET.toString(), "-a", "-p", "-c", cpus,
                        Long.toString(ProcessHandle.current().pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public String describe() {
        return systemUnderTest
            .map(cpus -> "system under test on CPU " + cpus + ", load generator on CPU " + generator.orElse("any"))
            .orElse("no CPU pinning");
    }
}
