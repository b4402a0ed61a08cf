package dev.ficus.bench.topology;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Starts the processes of every topology the same way: same JVM, same flags, same CPUs,
 * logs in one directory.
 *
 * @param javaExecutable the {@code java} binary, by default the one running the benchmark
 * @param jvm JVM flags for every process
 * @param affinity CPU pinning for processes under test
 * @param logDirectory where each process's stdout and stderr go, one file per process
 * @param readyTimeout how long a process may take to report ready
 */
public record ProcessLauncher(Path javaExecutable, JvmOptions jvm, CpuAffinity affinity, Path logDirectory,
        Duration readyTimeout) {

    public static final Duration READY_TIMEOUT_DEFAULT = Duration.ofSeconds(300);

    public static ProcessLauncher of(JvmOptions jvm, CpuAffinity affinity, Path logDirectory) {
        return new ProcessLauncher(currentJava(), jvm, affinity, logDirectory, READY_TIMEOUT_DEFAULT);
    }

    public ProcessLauncher withReadyTimeout(Duration timeout) {
        return new ProcessLauncher(javaExecutable, jvm, affinity, logDirectory, timeout);
    }

    /**
     * The same launcher writing logs into a sub-directory, e.g. one per topology and
     * repeat.
     */
    public ProcessLauncher withLogsIn(String subdirectory) {
        return new ProcessLauncher(javaExecutable, jvm, affinity, logDirectory.resolve(subdirectory), readyTimeout);
    }

    private static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
