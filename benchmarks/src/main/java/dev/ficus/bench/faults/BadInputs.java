package dev.ficus.bench.faults;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import dev.ficus.bench.topology.ManagedProcess;
import dev.ficus.bench.topology.ProcessFailedException;
import dev.ficus.bench.topology.ProcessLauncher;
import dev.ficus.bench.topology.RunningTopology;

/**
 * Sends each {@link BadInput} once and checks after each that every process is still
 * alive and answers its readiness probe; a process that went down is counted and started
 * again, so the next input meets a whole topology.
 */
public final class BadInputs {

    private static final Duration SETTLE = Duration.ofSeconds(3);

    /** Readiness probes a live process gets before it counts as down. */
    static final int READINESS_ATTEMPTS = 3;

    private final RunningTopology topology;

    private final ProcessLauncher launcher;

    private final ShopCalls calls = new ShopCalls();

    private final Consumer<String> progress;

    private final Duration timeout;

    public BadInputs(RunningTopology topology, ProcessLauncher launcher, Duration timeout, Consumer<String> progress) {
        this.topology = topology;
        this.launcher = launcher;
        this.timeout = timeout;
        this.progress = progress;
    }

    public BadInputResult run(List<BadInput> inputs) {
        List<BadInputResult.Outcome> outcomes = new ArrayList<>();
        for (BadInput input : inputs) {
            outcomes.add(send(input));
        }
        return BadInputResult.of(outcomes);
    }

    private BadInputResult.Outcome send(BadInput input) {
        int port = topology.process(input.target()).orElseThrow().port();
        ShopCalls.Answer sent = calls.exchange(request(port, input, timeout));
        Optional<HttpResponse<String>> response = sent.response();
        if (response.isEmpty()) {
            // a process still choking on the request (say, out of heap) may exit only now
            sleep(SETTLE);
        }
        List<String> down = processesDown();
        String answer = response.map(r -> Integer.toString(r.statusCode())).orElse("no response: " + sent.error());
        boolean problem = response
            .map(r -> r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"))
            .orElse(false);
        boolean refused = response.map(r -> input.accepted().contains(r.statusCode())).orElse(false);
        progress.accept("bad input: " + input.name() + " -> " + answer + (down.isEmpty() ? "" : ", down: " + down));
        return new BadInputResult.Outcome(input.name(), input.target(), input.method(), input.path(), answer, problem,
                refused && down.isEmpty(), down);
    }

    /**
     * Builds the URI by hand: resolving {@code //admin} against a base would make
     * {@code admin} the host.
     */
    static HttpRequest request(int port, BadInput input, Duration timeout) {
        URI uri = URI.create("http://127.0.0.1:" + port + input.path());
        if (!"127.0.0.1".equals(uri.getHost()) || uri.getPort() != port) {
            throw new IllegalArgumentException("bad input " + input.name() + " does not target loopback: " + uri);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        input.headers().forEach(builder::header);
        if (input.body() == null) {
            return builder.method(input.method(), BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
            .method(input.method(), BodyPublishers.ofByteArray(input.body().get()))
            .build();
    }

    /**
     * Processes that exited or stopped answering (started again before returning). A
     * process that is alive gets {@link #READINESS_ATTEMPTS} tries of its readiness probe
     * (each waiting up to 10 s, {@link #SETTLE} apart): on a busy machine one probe can
     * miss its time, and a slow answer is not a process taken down.
     */
    private List<String> processesDown() {
        List<String> down = new ArrayList<>();
        for (ManagedProcess process : topology.processes()) {
            if (!isUp(process::isAlive,
                    () -> calls.get(process.port(), "/actuator/health/readiness")
                        .filter(response -> response.statusCode() == 200)
                        .isPresent(),
                    READINESS_ATTEMPTS, () -> sleep(SETTLE))) {
                down.add(process.name());
                restart(process.name());
            }
        }
        return down;
    }

    /**
     * Whether a process is up: alive, and its readiness probe answered within
     * {@code attempts} tries ({@code pause} between them). A process that exited is down
     * without a probe.
     */
    static boolean isUp(BooleanSupplier alive, BooleanSupplier ready, int attempts, Runnable pause) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (!alive.getAsBoolean()) {
                return false;
            }
            if (ready.getAsBoolean()) {
                return true;
            }
            if (attempt < attempts) {
                pause.run();
            }
        }
        return false;
    }

    private void restart(String name) {
        progress.accept(name + " is down after a bad input; starting it again");
        topology.restart(name, launcher);
        try {
            topology.awaitReady(name, ProcessLauncher.READY_TIMEOUT_DEFAULT);
        }
        catch (ProcessFailedException ex) {
            progress
                .accept(name + " did not come back: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
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
