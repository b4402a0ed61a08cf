package dev.ficus.shop.extraction;

import dev.ficus.callertrust.CallerCertificate;
import dev.ficus.livesettings.LiveProperties;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Builds the guarded connection to an extracted service from {@code ficus.extracted.*},
 * and logs at start which mode each capability runs in. The settings follow the settings
 * file ({@code ficus.settings.file}): when they change, every connection is built again
 * from them (URL, timeouts, retries, circuit), its circuit closed, or disabled with
 * {@code ficus.extracted.circuit-breaker-enabled=false}.
 */
@Component
public class RemoteCapabilities {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteCapabilities.class);

    private final LiveProperties<ExtractedServicesProperties> properties;

    private final RestClient.Builder clients;

    private final ServiceConnectionPool connections;

    private final Map<String, RemoteCapability> connected = new ConcurrentHashMap<>();

    RemoteCapabilities(LiveProperties<ExtractedServicesProperties> properties, RestClient.Builder clients,
            CallerCertificate certificate) {
        this.properties = properties;
        this.clients = clients;
        this.connections = new ServiceConnectionPool(certificate, () -> properties.current().connectTimeout());
        LOG.info("Capability modes: catalog {}, inventory {} (set ficus.extracted.<capability>.url to call a service)",
                properties.current().catalog().mode(), properties.current().inventory().mode());
        if (!properties.current().circuitBreakerEnabled()) {
            LOG.warn("Circuit breakers off (ficus.extracted.circuit-breaker-enabled=false): "
                    + "extracted services are called however often they fail");
        }
        properties.onChange(this::reconnect);
    }

    /**
     * The connection to {@code capability}'s service at
     * {@code ficus.extracted.<capability>.url}.
     */
    public RemoteCapability connect(String capability) {
        return connected.computeIfAbsent(capability, name -> connection(name, properties.current()));
    }

    /**
     * {@code ficus.extracted.*} as they follow the settings file
     * ({@code ficus.settings.file}): the URL of a service, the timeouts, retries and
     * circuit open time change in the running monolith. Whether a capability runs
     * in-process or calls its service is decided at start (which beans exist), so a file
     * that sets or removes a capability's URL is refused until a restart.
     */
    @Bean
    static LiveProperties<ExtractedServicesProperties> extractedServicesSettings(ExtractedServicesProperties atStart) {
        return LiveProperties.of(ExtractedServicesProperties.class, atStart, RemoteCapabilities::sameModes);
    }

    static void sameModes(ExtractedServicesProperties current, ExtractedServicesProperties next) {
        for (String capability : ExtractedServicesProperties.CAPABILITIES) {
            if ((current.service(capability).url() == null) != (next.service(capability).url() == null)) {
                throw new IllegalArgumentException("ficus.extracted." + capability
                        + ".url: moving a capability between in-process and its service needs a restart");
            }
        }
    }

    private void reconnect(ExtractedServicesProperties settings) {
        connected.forEach((capability, remote) -> remote.reconnect(connection(capability, settings)));
    }

    private RemoteCapability connection(String capability, ExtractedServicesProperties settings) {
        URI baseUrl = settings.service(capability).url();
        if (baseUrl == null) {
            throw new IllegalStateException("ficus.extracted." + capability + ".url is not set");
        }
        RestClient client = clients.clone()
            .baseUrl(baseUrl.toString())
            .requestFactory(connections.requests(settings.readTimeout()))
            .build();
        CircuitBreaker circuitBreaker = CircuitBreaker.of(capability,
                CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(10)
                    .minimumNumberOfCalls(4)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(settings.circuitOpenFor())
                    .permittedNumberOfCallsInHalfOpenState(2)
                    .recordExceptions(RestClientException.class)
                    .ignoreExceptions(HttpClientErrorException.class)
                    .build());
        circuitBreaker.getEventPublisher()
            .onStateTransition(
                    event -> LOG.warn("Circuit of the {} service: {}", capability, event.getStateTransition()));
        if (!settings.circuitBreakerEnabled()) {
            // never opens: every call goes to the service
            // (ficus.extracted.circuit-breaker-enabled=false)
            circuitBreaker.transitionToDisabledState();
        }
        Retry retry = Retry.of(capability,
                RetryConfig.custom()
                    .maxAttempts(settings.retryAttempts())
                    .waitDuration(Duration.ofMillis(200))
                    .retryExceptions(RestClientException.class)
                    .ignoreExceptions(HttpClientErrorException.class)
                    .build());
        return new RemoteCapability(capability, client, circuitBreaker, retry, settings.circuitOpenFor());
    }

    @PreDestroy
    void close() {
        connections.close();
    }

}
