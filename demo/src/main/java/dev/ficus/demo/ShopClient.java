package dev.ficus.demo;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.ficus.bench.load.LoopbackTarget;

/**
 * Sends the demo's own requests, one at a time, to a loopback port: the shadow and canary
 * traffic and the order that shows the monolith calling the service.
 */
final class ShopClient {

    /** The header the gateway names the backend that answered in. */
    static final String SERVED_BY = "X-Ficus-Served-By";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final LoopbackTarget target;

    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT)
        .build();

    ShopClient(int port) {
        this.target = LoopbackTarget.port(port);
    }

    /**
     * A GET as the given user (sticky canary key), or anonymous when {@code user} is
     * null.
     */
    Answer get(String path, @Nullable String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(path)).timeout(TIMEOUT).GET();
        if (user != null) {
            request.header("X-User-Id", user);
        }
        return send(request.build());
    }

    Answer postJson(String path, String json) {
        return send(HttpRequest.newBuilder(target.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue(SERVED_BY).orElse(""),
                    response.headers().firstValue("Location").orElse(""), response.body());
        }
        catch (IOException ex) {
            throw new StepFailedException(request.method() + " " + request.uri() + " failed: " + ex, null);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted", null);
        }
    }

    URI uri(String path) {
        return target.resolve(path);
    }

    /**
     * One answer.
     *
     * @param status HTTP status
     * @param servedBy who served it behind the gateway ({@code monolith},
     * {@code service}), empty when not through the gateway
     * @param location the Location header, empty when none
     * @param body the body
     */
    record Answer(int status, String servedBy, String location, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /**
         * Answered by the application, not failed: a 404 for an id the sample has no row
         * of is an answer the shadow compares like any other.
         */
        boolean answered() {
            return status >= 200 && status < 500;
        }

    }

}
