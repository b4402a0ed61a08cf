package dev.ficus.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.ficus.bench.measure.RepeatProbe;
import dev.ficus.bench.topology.AppJars;
import dev.ficus.bench.topology.ManagedProcess;
import dev.ficus.bench.topology.RunningTopology;
import dev.ficus.bench.topology.ShopTopologies;

/**
 * How many catalog requests ({@code /api/catalog/...}) each monolith and catalog-service
 * process served over a repeat, warm-up included, read from its own
 * {@code /actuator/prometheus} ({@code http_server_requests_seconds_count}) once the load
 * is over: shows that the gateway balanced over the instances, from the processes' side.
 */
final class CatalogRequestsServed implements RepeatProbe {

    private static final Pattern COUNT = Pattern
        .compile("^http_server_requests_seconds_count\\{(.*?)\\}\\s+([0-9.eE+-]+)(?:\\s|$)", Pattern.MULTILINE);

    private static final List<String> SERVING = List.of(AppJars.MONOLITH, AppJars.CATALOG_SERVICE);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Map<String, Map<Integer, Map<String, Long>>> served = new ConcurrentHashMap<>();

    @Override
    public void afterLoad(int repeat, RunningTopology running) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ManagedProcess process : running.processes()) {
            if (SERVING.contains(ShopTopologies.applicationOf(process.name()))) {
                counts.put(process.name(), read(process.port()));
            }
        }
        served.computeIfAbsent(running.topology().name(), name -> new ConcurrentHashMap<>()).put(repeat, counts);
    }

    /**
     * Per repeat, per process, what {@link #afterLoad} read for topology {@code name}.
     */
    Map<Integer, Map<String, Long>> of(String name) {
        return served.getOrDefault(name, Map.of());
    }

    /** -1 when the process did not answer. */
    private long read(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
            .timeout(Duration.ofSeconds(5))
            .build();
        try {
            var response = client.send(request, BodyHandlers.ofString());
            return (response.statusCode() == 200) ? catalogRequests(response.body()) : -1;
        }
        catch (IOException ex) {
            return -1;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The sum of {@code http_server_requests_seconds_count} over the series whose
     * {@code uri} starts with {@code /api/catalog}, in Prometheus text.
     */
    static long catalogRequests(String prometheusText) {
        Matcher matcher = COUNT.matcher(prometheusText);
        double total = 0;
        while (matcher.find()) {
            if (matcher.group(1).contains("uri=\"/api/catalog")) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return Math.round(total);
    }

}
