package dev.ficus.shop.extraction;

import dev.ficus.callertrust.CallerCertificate;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Builds the guarded connection to an extracted service from {@code ficus.extracted.*},
 * and logs at start which mode each capability runs in.
 */
@Component
public class RemoteCapabilities {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteCapabilities.class);

    private final ExtractedServicesProperties properties;

    private final RestClient.Builder clients;

    private final CallerCertificate certificate;

    RemoteCapabilities(ExtractedServicesProperties properties, RestClient.Builder clients,
            CallerCertificate certificate) {
        this.properties = properties;
        this.clients = clients;
        this.certificate = certificate;
        LOG.info("Capability modes: catalog {}, inventory {} (set ficus.extracted.<capability>.url to call a service)",
                properties.catalog().mode(), properties.inventory().mode());
    }

    /** The connection to {@code capability}'s service at {@code baseUrl}. */
    public RemoteCapability connect(String capability, URI baseUrl) {
        // with ficus.trust.mtls.enabled, the monolith's certificate from its trust bundle
        HttpClient http = certificate.presentedBy(HttpClient.newBuilder())
            .connectTimeout(properties.connectTimeout())
            .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        RestClient client = clients.clone().baseUrl(baseUrl.toString()).requestFactory(requests).build();
        CircuitBreaker circuitBreaker = CircuitBreaker.of(capability,
                CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(10)
                    .minimumNumberOfCalls(4)
                    .failureRateThreshold(50)
                    .waitDurationInOpenState(properties.circuitOpenFor())
                    .permittedNumberOfCallsInHalfOpenState(2)
                    .recordExceptions(RestClientException.class)
                    .ignoreExceptions(HttpClientErrorException.class)
                    .build());
        circuitBreaker.getEventPublisher()
            .onStateTransition(
                    event -> LOG.warn("Circuit of the {} service: {}", capability, event.getStateTransition()));
        Retry retry = Retry.of(capability,
                RetryConfig.custom()
                    .maxAttempts(properties.retryAttempts())
                    .waitDuration(Duration.ofMillis(200))
                    .retryExceptions(RestClientException.class)
                    .ignoreExceptions(HttpClientErrorException.class)
                    .build());
        return new RemoteCapability(capability, client, circuitBreaker, retry, properties.circuitOpenFor());
    }

}
