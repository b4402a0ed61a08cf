package dev.ficus.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Open-model, constant-rate HTTP load generator in the manner of wrk2.
 * <p>
 * Request {@code i} has the intended start time {@code t0 + i / rate}. A single pacing
 * thread starts each request asynchronously at that time, never waiting for earlier
 * responses, so a slow server cannot slow down the offered load. Latency is measured from
 * the <em>intended</em> start time rather than the actual one: when the server (or the
 * generator) stalls, requests that should have gone out during the stall are charged for
 * the time they waited, which corrects coordinated omission. Only loopback targets are
 * accepted.
 */
public final class OpenModelLoadGenerator implements AutoCloseable {

    /**
     * Extra time after the request timeout to wait for the last responses before counting
     * them unfinished.
     */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

    /**
     * Requests allowed in flight at once. A request due while this many are unanswered is
     * not sent but counted as an error ({@value #IN_FLIGHT_LIMIT_KIND}), so a stalled
     * server cannot exhaust the generator's sockets and the overload still shows in the
     * results.
     */
    public static final int MAX_IN_FLIGHT = 2000;

    static final String IN_FLIGHT_LIMIT_KIND = "in-flight limit";

    private final LoopbackTarget target;

    private final ExecutorService completions;

    private final HttpClient client;

    public OpenModelLoadGenerator(LoopbackTarget target) {
        this.target = target;
        this.completions = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "load-completions");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(completions)
            .build();
    }

    public LoopbackTarget target() {
        return target;
    }

    /**
     * Offers load as described by the profile and blocks until it has been sent and
     * answered (or timed out).
     */
    public LoadResult run(LoadProfile profile, RequestSource source) {
        return new Run(profile, source).execute();
    }

    @Override
    public void close() {
        completions.shutdownNow();
    }

    /** State of one run; lives only for the duration of {@link #run}. */
    private final class Run {

        private final LoadProfile profile;

        private final RequestSource source;

        private final long bucketNanos;

        private final int buckets;

        private final Map<String, EndpointRecorder> recorders = new ConcurrentHashMap<>();

        private final Histogram sendLagMicros = new Histogram(TimeUnit.HOURS.toMicros(1), 3);

        private final AtomicLong inFlight = new AtomicLong();

        private final Object drained = new Object();

        private long start;

        Run(LoadProfile profile, RequestSource source) {
            this.profile = profile;
            this.source = source;
            this.bucketNanos = profile.timelineBucket().toNanos();
            this.buckets = (int) (profile.duration().toNanos() / bucketNanos) + 1;
        }

        LoadResult execute() {
            long durationNanos = profile.duration().toNanos();
            double interval = profile.intervalNanos();
            start = System.nanoTime();
            long sent = 0;
            long lastOffset = 0;
            for (long i = 0; i < profile.maxRequests(); i++) {
                long offset = (long) (i * interval);
                if (offset >= durationNanos || source.finished()) {
                    break;
                }
                sleepUntil(start + offset);
                send(source.next(), offset);
                sent++;
                lastOffset = offset;
            }
            long unfinished = awaitDrain();
            double spanSeconds = (sent > 1) ? lastOffset / 1e9 + interval / 1e9 : interval / 1e9;
            return result(sent, unfinished, sent / spanSeconds);
        }

        private void send(PlannedRequest planned, long offset) {
            EndpointRecorder recorder = recorders.computeIfAbsent(planned.endpoint(),
                    name -> new EndpointRecorder(name, bucketNanos, buckets));
            HttpRequest request = toHttpRequest(planned);
            recorder.sent();
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                recorder.recordError(offset, IN_FLIGHT_LIMIT_KIND);
                source.failed(planned, IN_FLIGHT_LIMIT_KIND);
                return;
            }
            inFlight.incrementAndGet();
            long intended = start + offset;
            sendLagMicros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - intended)));
            HttpResponse.BodyHandler<?> bodies = source.readsBodies() ? BodyHandlers.ofString()
                    : BodyHandlers.discarding();
            client.sendAsync(request, bodies)
                .whenComplete((response, failure) -> complete(planned, recorder, offset, intended, response, failure));
        }

        private void complete(PlannedRequest planned, EndpointRecorder recorder, long offset, long intended,
                HttpResponse<?> response, Throwable failure) {
            long latency = System.nanoTime() - intended;
            try {
                if (failure != null) {
                    recorder.recordError(offset, kindOf(failure));
                    source.failed(planned, kindOf(failure));
                    return;
                }
                Optional<String> wrong = wrongAnswer(planned, response);
                switch (wrong.isPresent() ? Outcome.WRONG : Outcome.ofStatus(response.statusCode())) {
                    case OK -> recorder.recordSuccess(offset, latency);
                    case REJECTED -> recorder.recordRejected();
                    case ERROR -> recorder.recordError(offset, "HTTP " + response.statusCode());
                    case WRONG -> recorder.recordWrong(offset, wrong.get());
                }
                source.completed(planned, response.statusCode(), response.headers());
                if (response.body() instanceof String body) {
                    source.answered(planned, response.statusCode(), response.headers(), body);
                }
            }
            finally {
                if (inFlight.decrementAndGet() == 0) {
                    synchronized (drained) {
                        drained.notifyAll();
                    }
                }
            }
        }

        /** Why a 2xx answer is wrong, when the source reads bodies and finds it so. */
        private Optional<String> wrongAnswer(PlannedRequest planned, HttpResponse<?> response) {
            if (response.statusCode() / 100 == 2 && response.body() instanceof String body) {
                return source.wrongAnswer(planned, response.statusCode(), body);
            }
            return Optional.empty();
        }

        private HttpRequest toHttpRequest(PlannedRequest planned) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve(planned.path()))
                .timeout(profile.requestTimeout());
            if (planned.jsonBody() == null) {
                return builder.method(planned.method(), BodyPublishers.noBody()).build();
            }
            return builder.header("Content-Type", "application/json")
                .method(planned.method(), BodyPublishers.ofString(planned.jsonBody()))
                .build();
        }

        private long awaitDrain() {
            long deadline = System.nanoTime() + profile.requestTimeout().plus(DRAIN_GRACE).toNanos();
            synchronized (drained) {
                while (inFlight.get() > 0) {
                    long remaining = deadline - System.nanoTime();
                    if (remaining <= 0) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(drained, remaining);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
            return inFlight.get();
        }

        private LoadResult result(long sent, long unfinished, double sendRate) {
            Histogram all = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
            recorders.values().forEach(recorder -> all.add(recorder.latencyMicros()));
            List<EndpointStats> endpoints = recorders.values()
                .stream()
                .map(EndpointRecorder::toStats)
                .sorted(Comparator.comparing(EndpointStats::endpoint))
                .toList();
            return new LoadResult(profile.ratePerSecond(), profile.duration().toMillis(), sent, unfinished, sendRate,
                    LatencySummary.ofMicros(all), LatencySummary.ofMicros(sendLagMicros), endpoints);
        }

    }

    private static void sleepUntil(long nanoTime) {
        long remaining;
        while ((remaining = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    private static String kindOf(Throwable failure) {
        Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        return cause.getClass().getSimpleName();
    }

}
