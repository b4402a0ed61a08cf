package dev.ficus.gateway.discovery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.RetryAwareServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import dev.ficus.gateway.routing.RouteTable;

/**
 * The instance list of one capability's load balancer, in the child context Spring Cloud
 * LoadBalancer makes per capability: the route table's instances, only those whose health
 * check passes (all of them when none does), and without the instance a retry avoids. Not
 * a {@code @Configuration}: only the load balancers' contexts read it.
 */
class CapabilityLoadBalancing {

    @Bean
    ServiceInstanceListSupplier capabilityInstanceList(Environment environment, RouteTable table,
            ObjectProvider<LoadBalancerClientFactory> factory, InstanceHealth health) {
        String capability = LoadBalancerClientFactory.getName(environment);
        ServiceInstanceListSupplier healthy = new HealthCheckServiceInstanceListSupplier(
                new CapabilityInstances(capability, table), factory.getObject(), health::isAlive);
        return new RetryAwareServiceInstanceListSupplier(healthy);
    }

}
