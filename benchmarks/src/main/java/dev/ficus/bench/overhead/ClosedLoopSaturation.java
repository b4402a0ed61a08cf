package dev.ficus.bench.overhead;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoopbackTarget;

/**
 * Maximum throughput by closed-loop saturation: a fixed number of connections, each
 * sending its next request as soon as the previous answer arrived, for a fixed time. The
 * completed requests per second are what the path sustains with that much concurrency;
 * latency here is service time under saturation, not user latency.
 */
final class ClosedLoopSaturation {

    private final int connections;

    private final Duration duration;

    ClosedLoopSaturation(int connections, Duration duration) {
        this.connections = connections;
        this.duration = duration;
    }

    /**
     * What one saturation run measured.
     *
     * @param connections requests kept in flight at once
     * @param seconds measured time
     * @param completed successful (2xx) answers
     * @param errors failed requests and non-2xx answers
     * @param throughput completed answers per second
     * @param latency service time of the successful answers
     */
    record Result(int connections, double seconds, long completed, long errors, double throughput,
            LatencySummary latency) {
    }

    Result run(LoopbackTarget target, String path) {
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "saturation");
            thread.setDaemon(true);
            return thread;
        });
        HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .executor(executor)
            .build();
        try {
            return new Loop(client, target.resolve(path)).run();
        }
        finally {
            executor.shutdownNow();
        }
    }

    private final class Loop {

        private final HttpClient client;

        private final HttpRequest request;

        private final Histogram latencyMicros = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(1), 3);

        private final AtomicLong completed = new AtomicLong();

        private final AtomicLong errors = new AtomicLong();

        private final CountDownLatch stopped = new CountDownLatch(connections);

        private long end;

        Loop(HttpClient client, URI uri) {
            this.client = client;
            this.request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        }

        Result run() {
            long start = System.nanoTime();
            end = start + duration.toNanos();
            for (int i = 0; i < connections; i++) {
                next();
            }
            try {
                stopped.await(duration.toSeconds() + 30, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(connections, seconds, completed.get(), errors.get(), completed.get() / seconds,
                    LatencySummary.ofMicros(latencyMicros));
        }

        private void next() {
            long sent = System.nanoTime();
            if (sent >= end) {
                stopped.countDown();
                return;
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() / 100 == 2) {
                    completed.incrementAndGet();
                    latencyMicros.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - sent));
                }
                else {
                    errors.incrementAndGet();
                }
                next();
            });
        }

    }

}
