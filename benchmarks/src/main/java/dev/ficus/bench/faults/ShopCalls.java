package dev.ficus.bench.faults;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Optional;

import dev.ficus.bench.load.LoopbackTarget;

/**
 * Single requests to one process, outside the load: setting up truth on an owner, reading
 * writes back after recovery, checking a process still answers.
 */
public final class ShopCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();

    /** The answer to a GET, empty when there was none. */
    public Optional<HttpResponse<String>> get(int port, String path) {
        return send(HttpRequest.newBuilder(LoopbackTarget.port(port).resolve(path)).timeout(TIMEOUT).GET().build());
    }

    /** The answer to a PUT with a JSON body, empty when there was none. */
    public Optional<HttpResponse<String>> putJson(int port, String path, String json) {
        return send(HttpRequest.newBuilder(LoopbackTarget.port(port).resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .PUT(BodyPublishers.ofString(json))
            .build());
    }

    /** The fingerprint of a 200 answer to a GET, empty for any other answer or none. */
    public Optional<String> fingerprint(int port, String path, Fingerprint kind) {
        return get(port, path).filter(response -> response.statusCode() == 200)
            .map(response -> kind.of(response.body()));
    }

    Optional<HttpResponse<String>> send(HttpRequest request) {
        return exchange(request).response();
    }

    /**
     * Sends the request; the answer, or why there was none (the exception's simple class
     * name).
     */
    Answer exchange(HttpRequest request) {
        try {
            return new Answer(Optional.of(client.send(request, BodyHandlers.ofString())), "");
        }
        catch (IOException ex) {
            return new Answer(Optional.empty(), ex.getClass().getSimpleName());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), "interrupted");
        }
    }

    /**
     * The outcome of one request.
     *
     * @param response the response, empty when there was none
     * @param error why there was none, else empty
     */
    record Answer(Optional<HttpResponse<String>> response, String error) {
    }

}
