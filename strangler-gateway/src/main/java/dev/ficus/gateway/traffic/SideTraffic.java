package dev.ficus.gateway.traffic;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import dev.ficus.gateway.routing.Side;

/**
 * Counts and latencies of one side of one capability, both as Micrometer meters (for
 * Prometheus) and as an HdrHistogram the gateway itself reads for rollout decisions and
 * the dashboard.
 */
class SideTraffic {

    private static final long MAX_LATENCY_MICROS = TimeUnit.MINUTES.toMicros(5);

    private final LongAdder requests = new LongAdder();

    private final LongAdder errors = new LongAdder();

    /**
     * Two significant digits: a p99 within 1 % is plenty for rollout gates and the
     * dashboard, and the histogram the dashboard copies every second per side is 23 KB
     * instead of the 160 KB three digits take (those copies took 2 to 4 % of the
     * gateway's CPU at 300 to 1,000 requests/s).
     */
    private static final int SIGNIFICANT_DIGITS = 2;

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(MAX_LATENCY_MICROS, SIGNIFICANT_DIGITS);

    private final Timer timer;

    private final Counter errorCounter;

    SideTraffic(MeterRegistry registry, String capability, Side side) {
        this.timer = Timer.builder("ficus.gateway.requests")
            .description("Requests proxied per capability and side")
            .tag("capability", capability)
            .tag("side", side.label())
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofSeconds(30))
            .register(registry);
        this.errorCounter = Counter.builder("ficus.gateway.errors")
            .description("5xx answers, connection failures and timeouts per capability and side")
            .tag("capability", capability)
            .tag("side", side.label())
            .register(registry);
    }

    void record(long nanos, boolean error) {
        requests.increment();
        if (error) {
            errors.increment();
            errorCounter.increment();
        }
        long micros = Math.min(Math.max(TimeUnit.NANOSECONDS.toMicros(nanos), 1), MAX_LATENCY_MICROS);
        latencyMicros.recordValue(micros);
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    SideSnapshot snapshot() {
        Histogram copy = latencyMicros.copy();
        return new SideSnapshot(requests.sum(), errors.sum(), copy);
    }

}
