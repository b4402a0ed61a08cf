package dev.ficus.contract;

import dev.ficus.startup.FreePorts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.ficus.startup.StartupArchive;
import javax.net.ssl.SSLContext;

/**
 * One application started as its own {@code java -jar} process on a free loopback port.
 * Unless the arguments name one ({@code --ficus.data-dir=}), each start gets a fresh data
 * directory of its own, so no run sees an earlier one's rows in the applications' durable
 * embedded databases.
 */
final class AppProcess implements AutoCloseable {

    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(180);

    /**
     * The program argument that names where an application keeps its embedded database.
     */
    static final String DATA_DIR_ARGUMENT = "--ficus.data-dir=";

    private final String name;

    private final Process process;

    private final Path log;

    private final int port;

    /** {@code http}, or {@code https} for an application serving mutual TLS. */
    private final String scheme;

    /** The client that asks for readiness. */
    private final HttpClient probe;

    private AppProcess(String name, Process process, Path log, int port, String scheme, HttpClient probe) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
        this.scheme = scheme;
        this.probe = probe;
    }

    /**
     * Starts {@code jar} and returns once {@code /actuator/health/readiness} answers 200.
     */
    static AppProcess start(String name, Path jar, Path logDirectory, String... arguments) {
        return startOn(FreePorts.next(), name, jar, logDirectory, arguments);
    }

    /**
     * Starts {@code jar} and returns at once, its port chosen: for starting several
     * applications side by side ({@link #awaitReady}), each told the others' addresses.
     */
    static AppProcess launch(String name, Path jar, Path logDirectory, String... arguments) {
        return launch(FreePorts.next(), name, jar, logDirectory, "http", HttpClient.newBuilder(), arguments);
    }

    /**
     * Like {@link #launch} for an application serving HTTPS, its readiness asked over TLS
     * with {@code tls} (which must trust the application's certificate).
     */
    static AppProcess launchHttps(String name, Path jar, Path logDirectory, SSLContext tls, String... arguments) {
        return launch(FreePorts.next(), name, jar, logDirectory, "https", HttpClient.newBuilder().sslContext(tls),
                arguments);
    }

    /**
     * Returns once every one of {@code apps} answers its readiness probe; when one does
     * not, stops them all and fails.
     */
    static void awaitReady(AppProcess... apps) {
        try {
            for (AppProcess app : apps) {
                app.awaitReadiness();
            }
        }
        catch (RuntimeException notReady) {
            for (AppProcess app : apps) {
                app.close();
            }
            throw notReady;
        }
    }

    /**
     * Like {@link #start} on a given port: for starting an application again where its
     * clients expect it.
     */
    static AppProcess startOn(int port, String name, Path jar, Path logDirectory, String... arguments) {
        AppProcess app = launch(port, name, jar, logDirectory, "http", HttpClient.newBuilder(), arguments);
        app.awaitReadiness();
        return app;
    }

    /**
     * Like {@link #start} for an application serving HTTPS, its readiness asked over TLS
     * with {@code tls} (which must trust the application's certificate).
     */
    static AppProcess startHttps(String name, Path jar, Path logDirectory, SSLContext tls, String... arguments) {
        AppProcess app = launchHttps(name, jar, logDirectory, tls, arguments);
        app.awaitReadiness();
        return app;
    }

    private static AppProcess launch(int port, String name, Path jar, Path logDirectory, String scheme,
            HttpClient.Builder probe, String... arguments) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": no runnable jar at " + jar + " (build it with package first)");
        }
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(name + ".log");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(
                    List.of(java.toString(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            command.addAll(StartupArchive.launch(java, jar));
            command.add("--server.port=" + port);
            if (Stream.of(arguments).noneMatch(argument -> argument.startsWith(DATA_DIR_ARGUMENT))) {
                command.add(DATA_DIR_ARGUMENT + Files.createTempDirectory(logDirectory, name + "-data-"));
            }
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            return new AppProcess(name, process, log, port, scheme,
                    probe.connectTimeout(Duration.ofSeconds(2)).build());
        }
        catch (IOException e) {
            throw new IllegalStateException(name + " could not be started: " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Where the process writes its standard output and error. */
    Path logFile() {
        return log;
    }

    URI baseUrl() {
        return URI.create(scheme + "://127.0.0.1:" + port);
    }

    private void awaitReadiness() {
        HttpRequest readiness = HttpRequest.newBuilder(baseUrl().resolve("/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
        Instant deadline = Instant.now().plus(READINESS_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (probe.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException e) {
                // not listening yet
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleepQuietly(Duration.ofMillis(100));
        }
        close();
        throw new IllegalStateException(name + " did not become ready within " + READINESS_TIMEOUT + "; see " + log);
    }

    /**
     * Ends the process as {@code kill -9} does: no shutdown hook, no graceful close of
     * the database.
     */
    void kill() {
        try {
            process.destroyForcibly().waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops what a test started, whatever fails: the test's outcome is already decided.
     */
    static void closeQuietly(AutoCloseable part) {
        if (part == null) {
            return;
        }
        try {
            part.close();
        }
        catch (Exception ex) {
            // stopping what is left
        }
    }

}
