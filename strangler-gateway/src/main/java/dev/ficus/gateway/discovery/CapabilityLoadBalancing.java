package dev.ficus.gateway.discovery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.RetryAwareServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;

/**
 * The instance list of one capability's load balancer (or the monolith's), in the child
 * context Spring Cloud LoadBalancer makes per capability: the route table's instances
 * (the configured {@code monolith-urls}), only those whose health check passes (all of
 * them when none does), and without the instance a retry avoids. Not a
 * {@code @Configuration}: only the load balancers' contexts read it.
 */
class CapabilityLoadBalancing {

    @Bean
    ServiceInstanceListSupplier capabilityInstanceList(Environment environment, RouteTable table,
            ObjectProvider<LoadBalancerClientFactory> factory, InstanceHealth health, RoutingProperties routing) {
        String name = LoadBalancerClientFactory.getName(environment);
        CapabilityInstances instances = Upstream.MONOLITH_ID.equals(name)
                ? new CapabilityInstances(name, routing::monolithUrls) : CapabilityInstances.of(name, table);
        ServiceInstanceListSupplier healthy = new HealthCheckServiceInstanceListSupplier(instances, factory.getObject(),
                health::isAlive);
        return new RetryAwareServiceInstanceListSupplier(healthy);
    }

}
