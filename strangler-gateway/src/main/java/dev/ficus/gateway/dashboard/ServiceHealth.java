package dev.ficus.gateway.dashboard;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.ficus.gateway.routing.Capability;

/**
 * Whether each capability's service is up, from its health endpoint asked at a fixed rate
 * with a short timeout: {@code UP} when it says so, {@code DOWN} when it says anything
 * else, fails or does not answer in time, {@code UNKNOWN} before the first answer or when
 * the answer carries no status.
 */
class ServiceHealth {

    private final List<Capability> capabilities;

    private final HttpClient client;

    private final JsonMapper json;

    private final DashboardProperties properties;

    private final Clock clock;

    private final Map<String, Check> checks = new ConcurrentHashMap<>();

    ServiceHealth(List<Capability> capabilities, JsonMapper json, DashboardProperties properties, Clock clock) {
        this.capabilities = List.copyOf(capabilities);
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
            .connectTimeout(properties.healthTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /** Asks every service once; answers arrive asynchronously. */
    void poll() {
        for (Capability capability : capabilities) {
            URI uri = health(capability.serviceUrl());
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.healthTimeout()).GET().build();
            client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> checks.put(capability.name(),
                        failure != null ? new Check(Status.DOWN, clock.instant(), reason(failure)) : read(response)));
        }
    }

    /** The latest check of the capability's service. */
    Check of(String capability) {
        return checks.getOrDefault(capability, new Check(Status.UNKNOWN, null, "not checked yet"));
    }

    private URI health(URI base) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + properties.healthPath());
    }

    private Check read(HttpResponse<String> response) {
        Instant now = clock.instant();
        String status;
        try {
            JsonNode body = json.readTree(response.body());
            status = body.path("status").isString() ? body.path("status").asString() : null;
        }
        catch (RuntimeException notJson) {
            status = null;
        }
        if (status == null) {
            return new Check(response.statusCode() >= 500 ? Status.DOWN : Status.UNKNOWN, now,
                    "HTTP " + response.statusCode() + " without a status");
        }
        return new Check("UP".equals(status) ? Status.UP : Status.DOWN, now,
                "HTTP " + response.statusCode() + ", status " + status);
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** What a health check can say. */
    enum Status {

        UP, DOWN, UNKNOWN

    }

    /**
     * The latest health check of a service.
     *
     * @param status what it said
     * @param checkedAt when, absent before the first check
     * @param detail the answer or the failure, in a few words
     */
    record Check(Status status, @Nullable Instant checkedAt, String detail) {
    }

}
