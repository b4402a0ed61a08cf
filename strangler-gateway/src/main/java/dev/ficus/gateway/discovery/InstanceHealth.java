package dev.ficus.gateway.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

import dev.ficus.gateway.api.InstanceView;

/**
 * The health checks of the load balancers: asks an instance's health endpoint (the alive
 * function of Spring Cloud LoadBalancer's health-check instance list) and keeps each
 * instance's latest answer for the admin API.
 */
class InstanceHealth {

    private final WebClient client;

    private final Duration timeout;

    private final Clock clock;

    private final Map<String, InstanceView> latest = new ConcurrentHashMap<>();

    InstanceHealth(WebClient client, Duration timeout, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.clock = clock;
    }

    /** Whether the instance answers 200 on the health path within the timeout. */
    Mono<Boolean> isAlive(ServiceInstance instance, String healthPath) {
        return client.get()
            .uri(UriComponentsBuilder.fromUri(instance.getUri()).path(healthPath).build().toUri())
            .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
            .timeout(timeout)
            .map(status -> record(instance, status == 200, "HTTP " + status))
            .onErrorResume(failure -> Mono.just(record(instance, false, reason(failure))));
    }

    /** The latest check of an instance; {@code UNKNOWN} before its first. */
    InstanceView of(String capability, String url) {
        return latest.getOrDefault(key(capability, url), new InstanceView(url, "UNKNOWN", null, "not checked yet"));
    }

    private boolean record(ServiceInstance instance, boolean up, String detail) {
        String url = Objects.requireNonNull(instance.getInstanceId(), "every instance is named by its URL");
        latest.put(key(instance.getServiceId(), url),
                new InstanceView(url, up ? "UP" : "DOWN", clock.instant(), detail));
        return up;
    }

    private static String key(String capability, String url) {
        return capability + " " + url;
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

}
