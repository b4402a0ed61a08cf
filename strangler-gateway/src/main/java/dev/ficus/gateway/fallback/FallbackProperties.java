package dev.ficus.gateway.fallback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the gateway gives up on a service and lets the monolith answer instead.
 *
 * @param timeout time the service has to start answering
 * @param failureRateThreshold percentage of failed calls that opens the circuit
 * @param minimumCalls calls in the sliding window before the failure rate counts
 * @param slidingWindow number of recent calls the failure rate is computed over
 * @param openDuration time an open circuit waits before letting trial calls through
 */
@ConfigurationProperties("ficus.gateway.fallback")
public record FallbackProperties(@DefaultValue("2s") Duration timeout, @DefaultValue("50") float failureRateThreshold,
        @DefaultValue("10") int minimumCalls, @DefaultValue("20") int slidingWindow,
        @DefaultValue("10s") Duration openDuration) {
}
