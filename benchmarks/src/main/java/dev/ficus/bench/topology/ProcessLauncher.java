package dev.ficus.bench.topology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the processes of every topology the same way: same JVM, same flags, same CPUs,
 * logs in one directory.
 *
 * @param javaExecutable the {@code java} binary, by default the one running the benchmark
 * @param jvm JVM flags for every process
 * @param affinity CPU pinning for processes under test
 * @param logDirectory where each process's stdout and stderr go, one file per process
 * @param readyTimeout how long a process may take to report ready
 * @param niceness CPU priority of the processes it starts, as {@code nice -n}: 0 as the
 * benchmark itself, 19 the lowest
 */
public record ProcessLauncher(Path javaExecutable, JvmOptions jvm, CpuAffinity affinity, Path logDirectory,
        Duration readyTimeout, int niceness) {

    private static final Path NICE = Path.of("/usr/bin/nice");

    public static final Duration READY_TIMEOUT_DEFAULT = Duration.ofSeconds(300);

    public static ProcessLauncher of(JvmOptions jvm, CpuAffinity affinity, Path logDirectory) {
        return new ProcessLauncher(currentJava(), jvm, affinity, logDirectory, READY_TIMEOUT_DEFAULT, 0);
    }

    public ProcessLauncher withReadyTimeout(Duration timeout) {
        return new ProcessLauncher(javaExecutable, jvm, affinity, logDirectory, timeout, niceness);
    }

    /**
     * The same launcher writing logs into a sub-directory, e.g. one per topology and
     * repeat.
     */
    public ProcessLauncher withLogsIn(String subdirectory) {
        return new ProcessLauncher(javaExecutable, jvm, affinity, logDirectory.resolve(subdirectory), readyTimeout,
                niceness);
    }

    /** The same launcher starting its processes at the given CPU priority. */
    public ProcessLauncher withNiceness(int niceness) {
        return new ProcessLauncher(javaExecutable, jvm, affinity, logDirectory, readyTimeout, niceness);
    }

    /** The full command line of a process of {@code spec}. */
    List<String> command(ProcessSpec spec) {
        List<String> command = new ArrayList<>();
        if (niceness != 0 && Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(niceness)));
        }
        command.addAll(spec.command(javaExecutable, jvm, affinity));
        return command;
    }

    private static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
