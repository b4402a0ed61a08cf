package dev.ficus.shop.payments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the simulated payment provider ({@code ficus.shop.payments.*}).
 *
 * @param latency how long each authorisation takes
 * @param failureRate share of authorisations the provider declines, 0.0 to 1.0
 * @param seed seed of the provider's random decisions, so that a run can be repeated
 * exactly
 */
@ConfigurationProperties("ficus.shop.payments")
record PaymentsProperties(@DefaultValue("20ms") Duration latency, @DefaultValue("0.0") double failureRate,
        @DefaultValue("42") long seed) {

    PaymentsProperties {
        if (latency.isNegative()) {
            throw new IllegalArgumentException("ficus.shop.payments.latency must not be negative");
        }
        if (failureRate < 0.0 || failureRate > 1.0) {
            throw new IllegalArgumentException("ficus.shop.payments.failure-rate must be between 0.0 and 1.0");
        }
    }
}
