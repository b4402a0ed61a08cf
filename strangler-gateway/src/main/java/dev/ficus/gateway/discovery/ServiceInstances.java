package dev.ficus.gateway.discovery;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.client.loadbalancer.RetryableRequestContext;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;

import dev.ficus.gateway.api.InstanceView;
import dev.ficus.gateway.routing.Capability;

/**
 * Picks the instance of a capability's service that serves a request: Spring Cloud
 * LoadBalancer's round robin over the healthy instances when the capability has several,
 * its one URL otherwise (in a cluster a Kubernetes Service, which balances by itself);
 * the same for the monolith's instances ({@code monolith-urls}).
 */
public class ServiceInstances {

    private final LoadBalancerClientFactory balancers;

    private final InstanceHealth health;

    ServiceInstances(LoadBalancerClientFactory balancers, InstanceHealth health) {
        this.balancers = balancers;
        this.health = health;
    }

    /**
     * The instance for a request.
     * @param capability the capability
     * @param avoid the instance that just failed the request, or {@code null}
     */
    public Mono<ServiceInstance> choose(Capability capability, @Nullable ServiceInstance avoid) {
        return choose(Upstream.of(capability), avoid);
    }

    /**
     * The instance of a capability's service or of the monolith for a request.
     * @param upstream the capability's service or the monolith
     * @param avoid the instance that just failed the request, or {@code null}
     */
    public Mono<ServiceInstance> choose(Upstream upstream, @Nullable ServiceInstance avoid) {
        if (!upstream.balanced()) {
            return Mono.just(CapabilityInstances.first(upstream));
        }
        Request<RetryableRequestContext> request = new DefaultRequest<>(new RetryableRequestContext(avoid));
        // a retry never goes back to the instance that just failed: when the health
        // checks
        // know no other one up (one restarted since its last check), another configured
        // instance goes unchecked, as the failed one is known to be down
        return Mono.from(balancers.getInstance(upstream.id()).choose(request))
            .filter(Response::hasServer)
            .map(Response::getServer)
            .filter(server -> avoid == null || !server.getUri().equals(avoid.getUri()))
            .defaultIfEmpty(unchecked(upstream, avoid));
    }

    /**
     * An instance when no health check has passed yet (or none passes): the first one
     * that is not to be avoided.
     */
    private static ServiceInstance unchecked(Upstream upstream, @Nullable ServiceInstance avoid) {
        return upstream.urls()
            .stream()
            .map(url -> CapabilityInstances.instance(upstream.id(), url))
            .filter(instance -> avoid == null || !instance.getUri().equals(avoid.getUri()))
            .findFirst()
            .orElse(CapabilityInstances.first(upstream));
    }

    /**
     * The base URL of the instance whose latest health check passed first, in the
     * configured order; the first instance when none did (or it is the only one).
     */
    public URI preferred(Capability capability) {
        return capability.serviceUrls()
            .stream()
            .filter(url -> capability.balanced() && "UP".equals(health.of(capability.name(), url.toString()).health()))
            .findFirst()
            .orElse(capability.serviceUrl());
    }

    /**
     * Starts the health checks of a balanced capability's instances, which otherwise
     * start with its first request.
     */
    public void watch(Capability capability) {
        watch(Upstream.of(capability));
    }

    /**
     * Starts the health checks of a balanced upstream's instances, which otherwise start
     * with its first request.
     */
    public void watch(Upstream upstream) {
        if (upstream.balanced()) {
            balancers.getInstance(upstream.id());
        }
    }

    /**
     * Each instance of the capability's service with its latest health check;
     * {@code UNKNOWN} for a single instance, which is not checked.
     */
    public List<InstanceView> instances(Capability capability) {
        return capability.serviceUrls()
            .stream()
            .map(url -> capability.balanced() ? health.of(capability.name(), url.toString())
                    : new InstanceView(url.toString(), "UNKNOWN", null, "one instance: not checked"))
            .toList();
    }

}
