package dev.ficus.bench.load;

import java.time.Duration;

/**
 * How much load to offer: a constant arrival rate for a fixed time, bounded by a request
 * count as well.
 *
 * @param ratePerSecond requests started per second, independent of how fast responses
 * come back
 * @param duration how long requests are started for
 * @param maxRequests hard upper bound on requests started, whatever the duration
 * @param requestTimeout a request still unanswered after this long counts as an error
 * @param timelineBucket width of the buckets in the per-endpoint success/error timeline
 */
public record LoadProfile(double ratePerSecond, Duration duration, long maxRequests, Duration requestTimeout,
        Duration timelineBucket) {

    public static final Duration REQUEST_TIMEOUT_DEFAULT = Duration.ofSeconds(5);

    public static final Duration TIMELINE_BUCKET_DEFAULT = Duration.ofMillis(250);

    /**
     * Rates above this are refused: the generator is a single pacing thread meant for
     * loopback tests.
     */
    public static final double MAX_RATE = 20_000;

    public LoadProfile {
        if (!(ratePerSecond > 0 && ratePerSecond <= MAX_RATE)) {
            throw new IllegalArgumentException("rate must be in (0, " + MAX_RATE + "] requests/s: " + ratePerSecond);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("duration must be in (0, 1h]: " + duration);
        }
        if (maxRequests <= 0) {
            throw new IllegalArgumentException("maxRequests must be positive: " + maxRequests);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
        if (timelineBucket.isNegative() || timelineBucket.isZero()) {
            throw new IllegalArgumentException("timelineBucket must be positive: " + timelineBucket);
        }
    }

    /** A profile whose request bound is exactly what the rate and duration imply. */
    public static LoadProfile of(double ratePerSecond, Duration duration) {
        long expected = (long) Math.ceil(ratePerSecond * duration.toNanos() / 1e9);
        return new LoadProfile(ratePerSecond, duration, Math.max(1, expected), REQUEST_TIMEOUT_DEFAULT,
                TIMELINE_BUCKET_DEFAULT);
    }

    public LoadProfile withRequestTimeout(Duration timeout) {
        return new LoadProfile(ratePerSecond, duration, maxRequests, timeout, timelineBucket);
    }

    public LoadProfile withTimelineBucket(Duration bucket) {
        return new LoadProfile(ratePerSecond, duration, maxRequests, requestTimeout, bucket);
    }

    /** Nanoseconds between two intended send times. */
    double intervalNanos() {
        return 1e9 / ratePerSecond;
    }
}
