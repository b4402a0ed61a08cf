package dev.ficus.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;

/**
 * Thread-safe accumulator for one endpoint; turned into an immutable
 * {@link EndpointStats} at the end of a run.
 */
final class EndpointRecorder {

    /**
     * Latencies are recorded in microseconds up to one hour with three significant
     * digits.
     */
    private static final long HIGHEST_TRACKABLE_MICROS = TimeUnit.HOURS.toMicros(1);

    private final String endpoint;

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(HIGHEST_TRACKABLE_MICROS, 3);

    private final LongAdder requests = new LongAdder();

    private final LongAdder ok = new LongAdder();

    private final LongAdder rejected = new LongAdder();

    private final LongAdder errors = new LongAdder();

    private final LongAdder wrong = new LongAdder();

    private final LongAdder pending = new LongAdder();

    private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

    private final Map<String, LongAdder> wrongKinds = new ConcurrentHashMap<>();

    private final long bucketNanos;

    private final AtomicLongArray okPerBucket;

    private final AtomicLongArray errorsPerBucket;

    private final AtomicLongArray wrongPerBucket;

    EndpointRecorder(String endpoint, long bucketNanos, int buckets) {
        this.endpoint = endpoint;
        this.bucketNanos = bucketNanos;
        this.okPerBucket = new AtomicLongArray(buckets);
        this.errorsPerBucket = new AtomicLongArray(buckets);
        this.wrongPerBucket = new AtomicLongArray(buckets);
    }

    void sent() {
        requests.increment();
        pending.increment();
    }

    void recordSuccess(long offsetNanos, long latencyNanos) {
        pending.decrement();
        ok.increment();
        latencyMicros.recordValue(Math.min(HIGHEST_TRACKABLE_MICROS, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
        okPerBucket.incrementAndGet(bucket(offsetNanos));
    }

    void recordRejected() {
        pending.decrement();
        rejected.increment();
    }

    void recordError(long offsetNanos, String kind) {
        pending.decrement();
        errors.increment();
        errorKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        errorsPerBucket.incrementAndGet(bucket(offsetNanos));
    }

    void recordWrong(long offsetNanos, String kind) {
        pending.decrement();
        wrong.increment();
        wrongKinds.computeIfAbsent(kind, k -> new LongAdder()).increment();
        wrongPerBucket.incrementAndGet(bucket(offsetNanos));
    }

    /** Latency histogram in microseconds; callers must not modify it. */
    ConcurrentHistogram latencyMicros() {
        return latencyMicros;
    }

    /**
     * Snapshot of what was recorded; requests still pending count as unfinished errors.
     */
    EndpointStats toStats() {
        long unfinished = pending.sum();
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
        Map<String, Long> wrongs = new TreeMap<>();
        wrongKinds.forEach((kind, count) -> wrongs.put(kind, count.sum()));
        if (unfinished > 0) {
            kinds.merge("unfinished", unfinished, Long::sum);
        }
        var timeline = new EndpointStats.Timeline(TimeUnit.NANOSECONDS.toMillis(bucketNanos), toList(okPerBucket),
                toList(errorsPerBucket), toList(wrongPerBucket));
        return new EndpointStats(endpoint, requests.sum(), ok.sum(), rejected.sum(), errors.sum() + unfinished,
                wrong.sum(), kinds, wrongs, LatencySummary.ofMicros(latencyMicros), timeline);
    }

    private int bucket(long offsetNanos) {
        return (int) Math.min(okPerBucket.length() - 1, Math.max(0, offsetNanos / bucketNanos));
    }

    private static List<Long> toList(AtomicLongArray array) {
        List<Long> values = new ArrayList<>(array.length());
        for (int i = 0; i < array.length(); i++) {
            values.add(array.get(i));
        }
        return values;
    }

}
