package dev.ficus.gateway.proxy;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway never forwards to a backend, and how long it waits for one.
 *
 * @param managementPaths path patterns of the backends' management endpoints, matched
 * case-insensitively: never forwarded, so a backend's actuator (health details, fault
 * switches, heap dumps) cannot be reached through the gateway; the gateway's own actuator
 * endpoints still answer
 * @param responseTimeout how long a backend may stay silent once it has the request:
 * before its headers (504), and between two reads of its body, like nginx's
 * {@code proxy_read_timeout}; an event stream may stay silent for longer
 */
@ConfigurationProperties("ficus.gateway")
public record ProxyProperties(@DefaultValue("/actuator/**") List<String> managementPaths,
        @DefaultValue("30s") Duration responseTimeout) {

    public ProxyProperties {
        managementPaths = List.copyOf(managementPaths);
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "ficus.gateway.response-timeout must be positive, was " + responseTimeout);
        }
    }

}
