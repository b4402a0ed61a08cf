package dev.ficus.gateway.traffic;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.Side;

/**
 * Per capability and side: requests, errors, latency and fallbacks, published to
 * Micrometer and readable as {@link TrafficSnapshot}s.
 */
public class TrafficMetrics {

    private final Map<String, CapabilityTraffic> traffic = new ConcurrentHashMap<>();

    private final MeterRegistry registry;

    /**
     * Traffic of the given capabilities; one added later is counted from its first
     * request.
     */
    public TrafficMetrics(List<Capability> capabilities, MeterRegistry registry) {
        this.registry = registry;
        capabilities.forEach(capability -> of(capability.name()));
    }

    /** Records one answer (or failure) of a side. */
    public void record(String capability, Side side, long nanos, boolean error) {
        of(capability).side(side).record(nanos, error);
    }

    /** Records that the monolith took over a request the service could not serve. */
    public void recordFallback(String capability, String reason) {
        of(capability).fallback(reason);
    }

    /**
     * Records that a request went to a second instance of the service after the first
     * could not take it.
     */
    public void recordRetry(String capability) {
        Counter.builder("ficus.gateway.instance.retries")
            .description("Reads sent to another service instance after the first could not take them")
            .tag("capability", capability)
            .register(registry)
            .increment();
    }

    public TrafficSnapshot snapshot(String capability) {
        return of(capability).snapshot();
    }

    private CapabilityTraffic of(String capability) {
        return traffic.computeIfAbsent(capability, name -> new CapabilityTraffic(registry, name));
    }

    private static final class CapabilityTraffic {

        private final SideTraffic monolith;

        private final SideTraffic service;

        private final LongAdder fallbacks = new LongAdder();

        private final Function<String, Counter> fallbackCounter;

        CapabilityTraffic(MeterRegistry registry, String capability) {
            this.monolith = new SideTraffic(registry, capability, Side.MONOLITH);
            this.service = new SideTraffic(registry, capability, Side.SERVICE);
            this.fallbackCounter = reason -> Counter.builder("ficus.gateway.fallbacks")
                .description("Requests served by the monolith because the service could not")
                .tag("capability", capability)
                .tag("reason", reason)
                .register(registry);
        }

        SideTraffic side(Side side) {
            return side == Side.MONOLITH ? monolith : service;
        }

        void fallback(String reason) {
            fallbacks.increment();
            fallbackCounter.apply(reason).increment();
        }

        TrafficSnapshot snapshot() {
            return new TrafficSnapshot(monolith.snapshot(), service.snapshot(), fallbacks.sum());
        }

    }

}
