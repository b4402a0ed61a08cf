package dev.ficus.testsupport;

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
import org.jspecify.annotations.Nullable;

/**
 * A Spring Boot jar started as its own process on a free port, its output in a log file.
 */
public final class RunningApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;

    private final @Nullable Process process;

    private final int port;

    private final @Nullable Path log;

    private RunningApp(String name, @Nullable Process process, int port, @Nullable Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts {@code jar} with {@code --server.port} set to a free port and the given
     * arguments.
     */
    public static RunningApp start(String name, Path jar, Path logDir, int port, String... arguments)
            throws IOException {
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(logDir.toFile())
            .start();
        return new RunningApp(name, process, port, log);
    }

    /** An app this test did not start, e.g. the gateway's admin port. */
    public static RunningApp attached(String name, int port) {
        return new RunningApp(name, null, port, null);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Waits until {@code path} answers 200, asked every 100 ms, or fails with the end of
     * the log.
     */
    public RunningApp awaitReady(String path, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " stopped with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (get(path).statusCode() == 200) {
                    return this;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs {@code json} to {@code path}. */
    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public String tail() throws IOException {
        if (log == null) {
            return "";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

}
