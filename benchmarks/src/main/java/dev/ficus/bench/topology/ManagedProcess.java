package dev.ficus.bench.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * One started Java process: waits for its readiness, samples its resources, and stops or
 * kills it.
 */
public final class ManagedProcess {

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private static final int LOG_TAIL_LINES = 15;

    private static final ProcFs PROC = new ProcFs();

    private final ProcessSpec spec;

    private final Process process;

    private final Path log;

    private final long startedNanos;

    private volatile boolean ended;

    private volatile ProcessUsage lastUsage = ProcessUsage.UNKNOWN;

    private ManagedProcess(ProcessSpec spec, Process process, Path log, long startedNanos) {
        this.spec = spec;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    static ManagedProcess start(ProcessSpec spec, ProcessLauncher launcher) {
        try {
            Files.createDirectories(launcher.logDirectory());
            Path log = launcher.logDirectory().resolve(spec.name() + ".log");
            Process process = new ProcessBuilder(launcher.command(spec)).redirectErrorStream(true)
                // appended: a process started again after a kill keeps its earlier life's
                // log
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
            return new ManagedProcess(spec, process, log, System.nanoTime());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start " + spec.name(), ex);
        }
    }

    public String name() {
        return spec.name();
    }

    public int port() {
        return spec.port();
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Asks the readiness path once; returns the time from start to ready once it answered
     * 200.
     * @throws ProcessFailedException when the process has exited or the timeout has
     * passed
     */
    Optional<Duration> checkReady(HttpClient client, Duration timeout) {
        if (!process.isAlive()) {
            throw new ProcessFailedException(name(), "exited with code " + process.exitValue()
                    + " before it was ready; last lines of " + log + ":\n" + logTail());
        }
        URI readiness = URI.create("http://127.0.0.1:" + spec.port() + spec.readinessPath());
        if (answersOk(client, readiness)) {
            return Optional.of(Duration.ofNanos(System.nanoTime() - startedNanos));
        }
        if (System.nanoTime() - startedNanos > timeout.toNanos()) {
            throw new ProcessFailedException(name(),
                    "not ready after " + timeout.toSeconds() + " s; last lines of " + log + ":\n" + logTail());
        }
        return Optional.empty();
    }

    /**
     * Reads CPU time and memory now; keeps the last good sample for when the process has
     * gone.
     */
    public ProcessUsage sample() {
        PROC.usage(pid()).ifPresent(usage -> lastUsage = usage);
        return lastUsage;
    }

    /**
     * The exit code if the process ended without being stopped or killed by the
     * benchmark.
     */
    public OptionalInt unexpectedExit() {
        if (ended || process.isAlive()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(process.exitValue());
    }

    /** Kills the process abruptly (SIGKILL), as a crash would; used to inject faults. */
    public void kill() {
        sample();
        ended = true;
        process.destroyForcibly();
        waitFor(STOP_GRACE);
    }

    /**
     * Stops the process gracefully (SIGTERM), forcibly after a grace period; returns its
     * last usage sample.
     */
    public ProcessUsage stop() {
        ProcessUsage usage = sample();
        ended = true;
        if (process.isAlive()) {
            process.destroy();
            if (!waitFor(STOP_GRACE)) {
                process.destroyForcibly();
                waitFor(STOP_GRACE);
            }
        }
        return usage;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * The exit code once the process has ended (143 after a SIGTERM the JVM handled, 137
     * after a SIGKILL), empty while it runs.
     */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** The last lines the process wrote, for error messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        }
        catch (IOException | UncheckedIOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }

    public Path log() {
        return log;
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean answersOk(HttpClient client, URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return client.send(request, BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ProcessFailedException("readiness", "interrupted");
        }
    }

}
