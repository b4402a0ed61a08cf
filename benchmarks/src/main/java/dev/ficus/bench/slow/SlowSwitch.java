package dev.ficus.bench.slow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import dev.ficus.bench.measure.ShopTargets;
import dev.ficus.bench.topology.ManagedProcess;
import dev.ficus.bench.topology.RunningTopology;

/**
 * The inventory module's fault switch in slow mode: a {@code POST} to
 * {@code /actuator/faults/inventory/<n>ms} makes every inventory operation of the process
 * take that much longer, a {@code DELETE} of {@code /actuator/faults/inventory} ends it.
 *
 * @param process the process whose inventory turns slow
 * @param delay how much longer every inventory operation takes
 */
record SlowSwitch(String process, Duration delay) {

    /** Turns the inventory slow; throws when the switch does not take it. */
    void turnOn(RunningTopology topology) {
        send(topology, "POST", "/" + delay.toMillis() + "ms");
    }

    /** Ends the slowdown. */
    void turnOff(RunningTopology topology) {
        send(topology, "DELETE", "");
    }

    private void send(RunningTopology topology, String method, String pathTail) {
        ManagedProcess target = topology.process(process)
            .orElseThrow(() -> new IllegalStateException("topology has no process " + process));
        URI uri = URI.create("http://127.0.0.1:" + target.port() + ShopTargets.INVENTORY_FAULT_PATH + pathTail);
        HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .method(method, BodyPublishers.noBody())
            .build();
        int status;
        try {
            status = HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
        }
        catch (IOException ex) {
            throw new IllegalStateException("inventory switch " + uri + " unreachable: " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while switching the inventory", ex);
        }
        if (status / 100 != 2) {
            throw new IllegalStateException(method + " " + uri + " answered HTTP " + status);
        }
    }

}
