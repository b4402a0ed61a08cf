package dev.ficus.gateway.shadow;

import java.time.Clock;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import dev.ficus.callertrust.CallerTrustProperties;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.cloud.gateway.config.HttpClientSslConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.routing.CapabilityFilterProvider;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shadow traffic: the tap on capability routes and the comparator with its own connection
 * pool and threads, so shadowing never competes with users for the gateway's own
 * resources.
 */
@Configuration(proxyBeanMethods = false)
class ShadowConfiguration {

    @Bean
    ShadowReports shadowReports(RouteTable table, MeterRegistry registry, ShadowProperties properties) {
        return new ShadowReports(table.capabilities(), registry, properties.samples());
    }

    @Bean(destroyMethod = "dispose")
    Scheduler shadowScheduler(ShadowProperties properties) {
        return Schedulers.newBoundedElastic(2, properties.maxInFlight(), "ficus-shadow");
    }

    @Bean
    CapabilityFilterProvider shadowTap(RouteTable table, RoutingProperties routing, ShadowProperties properties,
            ShadowReports reports, JsonMapper json, Scheduler shadowScheduler, Clock clock, ServiceInstances instances,
            HttpClientSslConfigurer ssl, CallerTrustProperties trust) throws SSLException {
        ConnectionProvider pool = ConnectionProvider.create("ficus-shadow", properties.maxInFlight() * 2);
        // the proxy's TLS settings: with mutual TLS the backends' authority and the
        // gateway's certificate (spring.cloud.gateway.server.webflux.httpclient.ssl)
        WebClient client = WebClient.builder()
            .clientConnector(new ReactorClientHttpConnector(ssl.configureSsl(HttpClient.create(pool))))
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(properties.maxBodyBytes()))
            // the caller identity every forwarded request carries (ficus.trust.caller)
            .defaultHeaders(headers -> trust.identity().ifPresent(identity -> {
                headers.set(CallerTrustProperties.CALLER_HEADER, identity.caller());
                headers.set(CallerTrustProperties.TOKEN_HEADER, identity.token());
            }))
            .build();
        Function<String, Optional<URI>> serviceUrls = name -> table.capability(name).map(instances::preferred);
        ShadowComparator comparator = new ShadowComparator(routing.monolithUrl(), serviceUrls, client, properties,
                reports, json, shadowScheduler, clock);
        return new ShadowTap(table, comparator, properties.maxBodyBytes());
    }

}
