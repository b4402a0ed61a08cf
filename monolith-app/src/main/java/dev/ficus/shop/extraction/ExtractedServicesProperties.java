package dev.ficus.shop.extraction;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ficus.extracted.*}: where extracted services run and how the monolith calls
 * them.
 *
 * @param catalog the catalog service; without a url the catalog runs in-process
 * @param inventory the inventory service; without a url the inventory runs in-process
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param retryAttempts attempts of an idempotent call (1 = no retry) on a connection
 * failure or 5xx answer
 * @param circuitOpenFor how long an open circuit refuses calls before letting a few
 * through to probe
 * @param circuitBreakerEnabled whether calls go through a circuit breaker at all
 * ({@code true}, the default); {@code false} calls the service every time, however often
 * it failed, and is meant for measuring what the circuit breaker buys
 */
@ConfigurationProperties("ficus.extracted")
public record ExtractedServicesProperties(Service catalog, Service inventory,
        @DefaultValue("1s") Duration connectTimeout, @DefaultValue("3s") Duration readTimeout,
        @DefaultValue("3") int retryAttempts, @DefaultValue("10s") Duration circuitOpenFor,
        @DefaultValue("true") boolean circuitBreakerEnabled) {

    /** The capabilities that can be extracted, by the name of their settings. */
    public static final List<String> CAPABILITIES = List.of("catalog", "inventory");

    public ExtractedServicesProperties {
        catalog = catalog == null ? new Service(null) : catalog;
        inventory = inventory == null ? new Service(null) : inventory;
        if (retryAttempts < 1) {
            throw new IllegalArgumentException("ficus.extracted.retry-attempts must be at least 1");
        }
    }

    /** The settings of {@code capability}'s service, one of {@link #CAPABILITIES}. */
    public Service service(String capability) {
        return switch (capability) {
            case "catalog" -> catalog;
            case "inventory" -> inventory;
            default -> throw new IllegalArgumentException("No extracted capability " + capability);
        };
    }

    /** One capability's service; {@code url == null} keeps the capability in-process. */
    public record Service(@Nullable URI url) {

        String mode() {
            return url == null ? "in-process" : "remote at " + url;
        }
    }
}
