package dev.ficus.gateway.dashboard;

import dev.ficus.callertrust.CallerCertificate;
import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.ficus.gateway.routing.Capability;

/**
 * Whether each capability's service is up, from the health endpoint of every one of its
 * instances ({@code service-urls}) asked at a fixed rate with a short timeout: an
 * instance is {@code UP} when it says so, {@code DOWN} when it says anything else, fails
 * or does not answer in time, {@code UNKNOWN} before the first answer or when the answer
 * carries no status. The service is up while any instance is (the gateway balances over
 * the healthy ones), down when every checked instance is down.
 * <p>
 * Each check is sent and awaited on a thread of a small pool that keeps its threads
 * between polls: the JDK client's {@code sendAsync} completes every answer on
 * {@code CompletableFuture}'s default executor, which is a new thread per answer on a
 * machine or container with two CPUs or fewer.
 */
class ServiceHealth implements AutoCloseable {

    /** Checks under way at once; more wait for a free thread. */
    static final int CHECKS_AT_ONCE = 4;

    private final List<Capability> capabilities;

    private final HttpClient client;

    private final ExecutorService checking;

    /**
     * Instances whose check is under way: a poll skips them, so instances slower than the
     * poll interval cannot pile checks up behind each other.
     */
    private final Set<String> checkingNow = ConcurrentHashMap.newKeySet();

    private final JsonMapper json;

    private final DashboardProperties properties;

    private final Clock clock;

    /** The latest check per capability and instance URL. */
    private final Map<String, Map<URI, Check>> checks = new ConcurrentHashMap<>();

    /**
     * @param certificate the gateway's certificate and trusted authority for services on
     * mutual TLS, none otherwise
     */
    ServiceHealth(List<Capability> capabilities, JsonMapper json, DashboardProperties properties, Clock clock,
            CallerCertificate certificate) {
        this.capabilities = List.copyOf(capabilities);
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.client = certificate.presentedBy(HttpClient.newBuilder())
            .connectTimeout(properties.healthTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
        AtomicInteger threads = new AtomicInteger();
        this.checking = Executors.newFixedThreadPool(CHECKS_AT_ONCE, task -> {
            Thread thread = new Thread(task, "ficus-health-check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Asks every service once; answers arrive asynchronously. */
    void poll() {
        for (Capability capability : capabilities) {
            Map<URI, Check> instances = checks.computeIfAbsent(capability.name(), name -> new ConcurrentHashMap<>());
            for (URI instance : capability.serviceUrls()) {
                HttpRequest request = HttpRequest.newBuilder(health(instance))
                    .timeout(properties.healthTimeout())
                    .GET()
                    .build();
                String underWay = capability.name() + " " + instance;
                if (checkingNow.add(underWay)) {
                    checking.execute(() -> {
                        try {
                            instances.put(instance, check(request));
                        }
                        finally {
                            checkingNow.remove(underWay);
                        }
                    });
                }
            }
        }
    }

    private Check check(HttpRequest request) {
        try {
            return read(client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        catch (IOException | RuntimeException failure) {
            return new Check(Status.DOWN, clock.instant(), reason(failure));
        }
        catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return new Check(Status.UNKNOWN, clock.instant(), "not checked: the gateway is stopping");
        }
    }

    @Override
    public void close() {
        checking.shutdownNow();
    }

    /**
     * The latest check of the capability's service: its one instance's, or for several
     * the summary of theirs.
     */
    Check of(String capability) {
        List<InstanceCheck> instances = instances(capability);
        if (instances.size() == 1) {
            return instances.get(0).check();
        }
        long up = instances.stream().filter(instance -> instance.check().status() == Status.UP).count();
        long down = instances.stream().filter(instance -> instance.check().status() == Status.DOWN).count();
        Instant latest = instances.stream()
            .map(instance -> instance.check().checkedAt())
            .filter(java.util.Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
        Status status = up > 0 ? Status.UP : down == instances.size() ? Status.DOWN : Status.UNKNOWN;
        return new Check(status, latest, up + " of " + instances.size() + " instances up");
    }

    /**
     * The latest check of each instance of the capability's service, in configured order.
     */
    List<InstanceCheck> instances(String capability) {
        Map<URI, Check> latest = checks.getOrDefault(capability, Map.of());
        return capabilities.stream()
            .filter(candidate -> candidate.name().equals(capability))
            .findFirst()
            .map(Capability::serviceUrls)
            .orElse(List.of())
            .stream()
            .map(url -> new InstanceCheck(url.toString(),
                    latest.getOrDefault(url, new Check(Status.UNKNOWN, null, "not checked yet"))))
            .toList();
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

    private static String reason(Exception failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
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

    /**
     * The latest health check of one instance.
     *
     * @param url the instance's base URL
     * @param check what it said
     */
    record InstanceCheck(String url, Check check) {
    }

}
