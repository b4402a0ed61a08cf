package dev.ficus.gateway.discovery;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.RouteTable;

/**
 * The instances of a capability's service as the route table has them now: the base of
 * its load balancer's instance list, read again at every refetch so that a reloaded route
 * file changes them.
 */
class CapabilityInstances implements ServiceInstanceListSupplier {

    private final String capability;

    private final RouteTable table;

    CapabilityInstances(String capability, RouteTable table) {
        this.capability = capability;
        this.table = table;
    }

    @Override
    public String getServiceId() {
        return capability;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.defer(() -> Flux.just(table.capability(capability)
            .map(found -> found.serviceUrls().stream().map(url -> instance(capability, url)).toList())
            .orElse(List.of())));
    }

    /** The instance of a capability's service at a base URL; its id is the URL. */
    static ServiceInstance instance(String capability, URI url) {
        boolean secure = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(url.toString(), capability, url.getHost(), port, secure);
    }

    /** The first instance: the one used when no instance is known to be up. */
    static ServiceInstance first(Capability capability) {
        return instance(capability.name(), capability.serviceUrl());
    }

}
