package dev.ficus.gateway.discovery;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClientsProperties;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

import dev.ficus.gateway.routing.RouteTable;

/**
 * One Spring Cloud LoadBalancer client per capability with several service instances,
 * health checked as {@code spring.cloud.loadbalancer.health-check.*} says.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = CapabilityLoadBalancing.class)
class DiscoveryConfiguration {

    @Bean
    InstanceHealth instanceHealth(LoadBalancerClientsProperties balancing, Clock clock) {
        return new InstanceHealth(WebClient.create(), balancing.getHealthCheck().getInterval(), clock);
    }

    @Bean
    ServiceInstances serviceInstances(LoadBalancerClientFactory balancers, InstanceHealth health) {
        return new ServiceInstances(balancers, health);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> healthChecksFromTheStart(RouteTable table, ServiceInstances instances) {
        return ready -> table.capabilities().forEach(instances::watch);
    }

}
