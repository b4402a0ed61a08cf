package dev.ficus.gateway.discovery;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import reactor.core.publisher.Flux;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;

import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.RouteTable;

/**
 * The instances of a capability's service as the route table has them now, or of the
 * monolith as configured: the base of a load balancer's instance list, read again at
 * every refetch so that a reloaded route file changes them.
 */
class CapabilityInstances implements ServiceInstanceListSupplier {

    private final String serviceId;

    private final Supplier<List<URI>> urls;

    CapabilityInstances(String serviceId, Supplier<List<URI>> urls) {
        this.serviceId = serviceId;
        this.urls = urls;
    }

    /** The instances of a capability's service, as the route table has them now. */
    static CapabilityInstances of(String capability, RouteTable table) {
        return new CapabilityInstances(capability,
                () -> table.capability(capability).map(Capability::serviceUrls).orElse(List.of()));
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.defer(() -> Flux.just(urls.get().stream().map(url -> instance(serviceId, url)).toList()));
    }

    /** The instance of a capability's service at a base URL; its id is the URL. */
    static ServiceInstance instance(String capability, URI url) {
        boolean secure = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
        return new DefaultServiceInstance(url.toString(), capability, url.getHost(), port, secure);
    }

    /** The first instance: the one used when no instance is known to be up. */
    static ServiceInstance first(Upstream upstream) {
        return instance(upstream.id(), upstream.first());
    }

}
