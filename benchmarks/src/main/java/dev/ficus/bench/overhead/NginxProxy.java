package dev.ficus.bench.overhead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Debian nginx binary, run unprivileged in the foreground from a generated
 * configuration in a directory of its own: either proxying to the backend over kept-alive
 * upstream connections (the reference reverse proxy), or answering every request with a
 * fixed body (the backend, many times faster than any proxy in front of it).
 */
final class NginxProxy implements AutoCloseable {

    /** Where Debian's {@code nginx-light} package installs it. */
    static final Path BINARY = Path.of("/usr/sbin/nginx");

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;

    private final Path directory;

    private final int port;

    private NginxProxy(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /**
     * Starts nginx on {@code port} in front of the backend and waits until it answers.
     * @param cpus {@code taskset -c} CPU list to pin it to, if any
     */
    static NginxProxy start(Path directory, int port, int backendPort, Optional<String> cpus) {
        return start(directory, port, config(directory, port, backendPort), cpus);
    }

    /**
     * Starts nginx on {@code port} answering every request with {@code body}, and waits
     * until it answers.
     * @param cpus {@code taskset -c} CPU list to pin it to, if any
     */
    static NginxProxy fixedAnswer(Path directory, int port, byte[] body, Optional<String> cpus) {
        return start(directory, port, fixedAnswerConfig(directory, port, body), cpus);
    }

    private static NginxProxy start(Path directory, int port, String configuration, Optional<String> cpus) {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(
                    "nginx not found at " + BINARY + "; install the Debian package: apt-get install nginx-light");
        }
        try {
            Files.createDirectories(directory.resolve("temp"));
            Path config = directory.resolve("nginx.conf");
            Files.writeString(config, configuration);
            List<String> command = new ArrayList<>();
            cpus.ifPresent(list -> command.addAll(List.of("/usr/bin/taskset", "-c", list)));
            command.addAll(List.of(BINARY.toString(), "-p", directory.toString(), "-e",
                    directory.resolve("error.log").toString(), "-c", config.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
            NginxProxy nginx = new NginxProxy(process, directory, port);
            nginx.awaitReady();
            return nginx;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot start nginx in " + directory, ex);
        }
    }

    /** One worker, as the gateway gets one CPU; access log on, as by default. */
    static String config(Path directory, int port, int backendPort) {
        String temp = directory.resolve("temp").toString();
        return """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %2$s/client_body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  upstream backend {
                    server 127.0.0.1:%4$d;
                    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://backend;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                    }
                  }
                }
                """.formatted(directory, temp, port, backendPort);
    }

    /**
     * One worker, no access log, connections kept alive for as many requests as the load
     * sends: the backend must cost next to nothing.
     */
    static String fixedAnswerConfig(Path directory, int port, byte[] body) {
        String temp = directory.resolve("temp").toString();
        return """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 4096; }
                http {
                  access_log off;
                  keepalive_requests 100000000;
                  client_body_temp_path %2$s/client_body;
                  proxy_temp_path %2$s/proxy;
                  fastcgi_temp_path %2$s/fastcgi;
                  uwsgi_temp_path %2$s/uwsgi;
                  scgi_temp_path %2$s/scgi;
                  server {
                    listen 127.0.0.1:%3$d;
                    default_type application/json;
                    location / {
                      return 200 '%4$s';
                    }
                  }
                }
                """.formatted(directory, temp, port, quoted(new String(body, StandardCharsets.UTF_8)));
    }

    /** The body as the inside of a single-quoted nginx string. */
    private static String quoted(String body) {
        if (body.contains("$")) {
            throw new IllegalArgumentException("nginx would read $ in a fixed answer as a variable: " + body);
        }
        return body.replace("\\", "\\\\").replace("'", "\\'");
    }

    int port() {
        return port;
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        URI uri = URI.create("http://127.0.0.1:" + port + "/ready");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited with code " + process.exitValue() + ": " + output());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build();
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException ex) {
                // not listening yet
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(Duration.ofMillis(100));
        }
        close();
        throw new IllegalStateException("nginx not ready after " + READY_TIMEOUT.toSeconds() + " s: " + output());
    }

    private String output() {
        try {
            return Files.readString(directory.resolve("nginx.out")).strip() + " "
                    + (Files.exists(directory.resolve("error.log"))
                            ? Files.readString(directory.resolve("error.log")).strip() : "");
        }
        catch (IOException ex) {
            return "(no output)";
        }
    }

    /**
     * Stops nginx (SIGTERM: fast shutdown of master and worker), forcibly if it lingers.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
