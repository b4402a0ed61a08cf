package dev.ficus.bench.slow;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.ficus.bench.load.Outcome;
import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;

/**
 * A request source that passes every request of another through and keeps, for each right
 * answer, its endpoint, when it was meant to be sent and its latency, so latency can be
 * told apart before and after a point in the run (the generator's own histograms cover
 * the whole run).
 * <p>
 * The generator asks for request {@code i} at its intended time {@code i / rate} after
 * the first, and that is the time the latency counts from, as the generator's own does
 * (coordinated omission corrected). Errors and wrong answers are the generator's to
 * count.
 */
final class LatencyLog implements RequestSource {

    private final RequestSource source;

    private final double intervalNanos;

    private final Map<PlannedRequest, Long> intended = Collections.synchronizedMap(new IdentityHashMap<>());

    private final Set<PlannedRequest> wrong = Collections
        .newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());

    /** Written before the first request is sent, read when answers arrive. */
    private volatile long start;

    private long count;

    /** Logs the requests of {@code source} offered at {@code ratePerSecond}. */
    LatencyLog(RequestSource source, double ratePerSecond) {
        this.source = source;
        this.intervalNanos = 1e9 / ratePerSecond;
    }

    @Override
    public PlannedRequest next() {
        PlannedRequest request = source.next();
        if (count == 0) {
            start = System.nanoTime();
        }
        intended.put(request, (long) (count * intervalNanos));
        count++;
        return request;
    }

    @Override
    public void completed(PlannedRequest request, int status, HttpHeaders headers) {
        long now = System.nanoTime();
        Long offset = intended.remove(request);
        boolean right = !wrong.remove(request) && Outcome.ofStatus(status) == Outcome.OK;
        if (offset != null && right) {
            samples.add(new Sample(request.endpoint(), offset / 1_000_000, (now - start - offset) / 1e6));
        }
        source.completed(request, status, headers);
    }

    @Override
    public boolean readsBodies() {
        return source.readsBodies();
    }

    @Override
    public Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
        Optional<String> why = source.wrongAnswer(request, status, body);
        if (why.isPresent()) {
            wrong.add(request);
        }
        return why;
    }

    @Override
    public void answered(PlannedRequest request, int status, HttpHeaders headers, String body) {
        source.answered(request, status, headers, body);
    }

    @Override
    public void failed(PlannedRequest request, String kind) {
        intended.remove(request);
        source.failed(request, kind);
    }

    @Override
    public boolean finished() {
        return source.finished();
    }

    /** The right answers logged so far. */
    List<Sample> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    /**
     * One right answer.
     *
     * @param endpoint the endpoint it counts towards
     * @param offsetMillis when it was meant to be sent, from the start of the load
     * @param latencyMillis from then to its answer
     */
    record Sample(String endpoint, long offsetMillis, double latencyMillis) {
    }

}
