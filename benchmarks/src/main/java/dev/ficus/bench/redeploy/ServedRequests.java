package dev.ficus.bench.redeploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * How many shop requests ({@code /api/...}) a process has served since it started, from
 * its own {@code http_server_requests} metric: evidence that a restarted instance took
 * part of the load, which an answer through the gateway does not tell.
 */
final class ServedRequests {

    static final long UNKNOWN = -1;

    private static final String COUNT = "http_server_requests_seconds_count{";

    private ServedRequests() {
    }

    /**
     * Reads the count from the process on {@code port}; {@link #UNKNOWN} when it cannot.
     */
    static long read(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
        try {
            var response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
            return (response.statusCode() == 200) ? apiRequests(response.body()) : UNKNOWN;
        }
        catch (IOException ex) {
            return UNKNOWN;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }

    /**
     * The requests to {@code /api} paths counted in a Prometheus text exposition: health
     * probes and scrapes are not the load.
     */
    static long apiRequests(String exposition) {
        long total = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith(COUNT) && line.contains("uri=\"/api/")) {
                String value = line.substring(line.lastIndexOf(' ') + 1).trim();
                try {
                    total += (long) Double.parseDouble(value);
                }
                catch (NumberFormatException ex) {
                    // not a sample line
                }
            }
        }
        return total;
    }

}
