package dev.ficus.bench.change;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import dev.ficus.bench.topology.ProcFs;

/**
 * Times a build the way a developer waits for it: the changed file touched, then the
 * command from start to exit, wall clock, its output kept in a log.
 */
final class BuildTimer {

    private final Path checkout;

    private final Path logDirectory;

    private final Duration timeout;

    private final ProcFs proc = new ProcFs();

    BuildTimer(Path checkout, Path logDirectory, Duration timeout) {
        this.checkout = checkout;
        this.logDirectory = logDirectory;
        this.timeout = timeout;
    }

    /** Touches the unit's changed file and runs its build once. */
    BuildSample time(UnitBuild build, String logName) {
        Path log = logDirectory.resolve(logName + ".log");
        try {
            Files.createDirectories(logDirectory);
            Files.setLastModifiedTime(checkout.resolve(build.changedFile()), FileTime.from(Instant.now()));
            double cpuBefore = proc.childrenCpuSeconds().orElse(0.0);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(build.command()).directory(checkout.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new BuildSample(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), 0, -1, log.toString());
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new BuildSample(millis, proc.childrenCpuSeconds().orElse(0.0) - cpuBefore, process.exitValue(),
                    log.toString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot run " + build.commandLine() + " in " + checkout, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + build.commandLine(), ex);
        }
    }

    /**
     * One timed build.
     *
     * @param millis from start to exit
     * @param cpuSeconds CPU time of the build and every process it waited for (0 when
     * {@code /proc} is unavailable)
     * @param exitCode the build's exit code, -1 when it ran out of time
     * @param log where its output is
     */
    record BuildSample(long millis, double cpuSeconds, int exitCode, String log) {

        boolean succeeded() {
            return exitCode == 0;
        }

    }

}
