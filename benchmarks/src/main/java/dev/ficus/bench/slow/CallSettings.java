package dev.ficus.bench.slow;

import java.util.ArrayList;
import java.util.List;

/**
 * How the monolith calls inventory-service in the microservice shape
 * ({@code ficus.extracted.*}): the monolith's defaults, passed on its command line so the
 * report states what was in effect rather than what the defaults may become.
 *
 * @param connectTimeout {@code ficus.extracted.connect-timeout}
 * @param readTimeout {@code ficus.extracted.read-timeout}
 * @param retryAttempts {@code ficus.extracted.retry-attempts}: attempts per call, 200 ms
 * apart
 * @param circuitOpenFor {@code ficus.extracted.circuit-open-for}
 * @param circuitBreaker the monolith's circuit breaker: opens when half of the last 10
 * calls (at least 4) failed; slow calls that answer in time count as successes
 */
public record CallSettings(String connectTimeout, String readTimeout, int retryAttempts, String circuitOpenFor,
        String circuitBreaker) {

    public static final CallSettings DEFAULT = new CallSettings("1s", "3s", 3, "10s",
            "opens when at least half of the last 10 calls (at least 4) failed; a call that answers before the read "
                    + "timeout counts as a success, however slow");

    /** The monolith's properties for these settings, circuit breaker on or off. */
    List<String> properties(boolean circuitBreakerEnabled) {
        List<String> properties = new ArrayList<>();
        properties.add("ficus.extracted.connect-timeout=" + connectTimeout);
        properties.add("ficus.extracted.read-timeout=" + readTimeout);
        properties.add("ficus.extracted.retry-attempts=" + retryAttempts);
        properties.add("ficus.extracted.circuit-open-for=" + circuitOpenFor);
        properties.add("ficus.extracted.circuit-breaker-enabled=" + circuitBreakerEnabled);
        return properties;
    }

}
