package dev.ficus.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import dev.ficus.bench.topology.ManagedProcess;
import dev.ficus.bench.topology.RunningTopology;

/**
 * Asks a process to make one of its own capabilities fail, through an HTTP switch it
 * exposes for this purpose; the same switch ends the fault.
 *
 * @param process the process that exposes the switch
 * @param path path of the switch; a {@code POST} with an empty body turns the fault on, a
 * {@code DELETE} turns it off
 */
public record HttpFaultSwitch(String process, String path) implements FaultInjector {

    @Override
    public String description() {
        return "POST " + path + " on " + process + " (the capability fails inside the process)";
    }

    @Override
    public void inject(RunningTopology topology) {
        send(topology, "POST");
    }

    @Override
    public boolean reversible() {
        return true;
    }

    @Override
    public void end(RunningTopology topology) {
        send(topology, "DELETE");
    }

    private void send(RunningTopology topology, String method) {
        ManagedProcess target = topology.process(process)
            .orElseThrow(() -> new FaultUnavailableException("topology has no process " + process));
        URI uri = URI.create("http://127.0.0.1:" + target.port() + path);
        HttpRequest request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .method(method, BodyPublishers.noBody())
            .build();
        int status;
        try {
            status = HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).statusCode();
        }
        catch (IOException ex) {
            throw new FaultUnavailableException("fault switch " + uri + " unreachable: " + ex.getMessage());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new FaultUnavailableException("interrupted while switching the fault");
        }
        if (status / 100 != 2) {
            throw new FaultUnavailableException(method + " " + uri + " answered HTTP " + status);
        }
    }
}
