package dev.ficus.gateway.proxy;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway never forwards to a backend, and how long it waits for one.
 *
 * @param managementPaths path patterns of the backends' management endpoints, matched
 * case-insensitively: never forwarded, so a backend's actuator (health details, fault
 * switches, heap dumps) cannot be reached through the gateway; the gateway's own actuator
 * endpoints still answer
 * @param internalPaths path patterns, matched the same way, of the endpoints the monolith
 * and its extracted services serve each other (what {@code ficus extract} generates,
 * under {@code /internal/}): never forwarded, since the two call each other directly, and
 * those endpoints call a bean with no check of their own
 * @param responseTimeout how long a backend may stay silent once it has the request:
 * before its headers (504), and inside a body read whole ({@link AnswerWriter}); unset,
 * Spring Cloud Gateway's {@code response-timeout} if that is set, else
 * {@link #DEFAULT_RESPONSE_TIMEOUT}
 */
@ConfigurationProperties("ficus.gateway")
public record ProxyProperties(@DefaultValue("/actuator/**") List<String> managementPaths,
        @DefaultValue("/internal/**") List<String> internalPaths, @Nullable Duration responseTimeout) {

    public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    public ProxyProperties {
        managementPaths = List.copyOf(managementPaths);
        internalPaths = List.copyOf(internalPaths);
        if (responseTimeout != null && (responseTimeout.isNegative() || responseTimeout.isZero())) {
            throw new IllegalArgumentException(
                    "ficus.gateway.response-timeout must be positive, was " + responseTimeout);
        }
    }

    /**
     * The response timeout in effect.
     * @param springCloudGateways
     * {@code spring.cloud.gateway.server.webflux.httpclient.response-timeout}, which
     * operators may have set before this property existed
     */
    Duration responseTimeout(@Nullable Duration springCloudGateways) {
        if (responseTimeout != null) {
            return responseTimeout;
        }
        return springCloudGateways != null ? springCloudGateways : DEFAULT_RESPONSE_TIMEOUT;
    }

}
