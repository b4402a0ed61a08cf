package dev.ficus.gateway.discovery;

import dev.ficus.callertrust.CallerCertificate;
import java.net.http.HttpClient;
import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClientsProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;

/**
 * One Spring Cloud LoadBalancer client per capability with several service instances (and
 * one for the monolith's, when it has several), health checked as
 * {@code spring.cloud.loadbalancer.health-check.*} says.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = CapabilityLoadBalancing.class)
class DiscoveryConfiguration {

    @Bean
    InstanceHealth instanceHealth(LoadBalancerClientsProperties balancing, Clock clock, CallerCertificate certificate) {
        return new InstanceHealth(healthClient(certificate), balancing.getHealthCheck().getInterval(), clock);
    }

    /**
     * With mutual TLS ({@code ficus.trust.mtls.enabled}) the instances serve HTTPS from
     * the trust bundle's authority: the checks trust it and present the gateway's
     * certificate.
     */
    private static WebClient healthClient(CallerCertificate certificate) {
        if (!certificate.presented()) {
            return WebClient.create();
        }
        return WebClient.builder()
            .clientConnector(new JdkClientHttpConnector(certificate.presentedBy(HttpClient.newBuilder()).build()))
            .build();
    }

    @Bean
    ServiceInstances serviceInstances(LoadBalancerClientFactory balancers, InstanceHealth health) {
        return new ServiceInstances(balancers, health);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> healthChecksFromTheStart(RouteTable table, RoutingProperties routing,
            ServiceInstances instances) {
        return ready -> {
            table.capabilities().forEach(instances::watch);
            instances.watch(Upstream.monolith(routing.monolithUrls()));
        };
    }

}
