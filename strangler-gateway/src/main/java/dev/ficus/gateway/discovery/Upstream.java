package dev.ficus.gateway.discovery;

import java.net.URI;
import java.util.List;

import dev.ficus.gateway.routing.Capability;

/**
 * What the gateway sends requests to under one load balancer: a capability's service or
 * the monolith, with the base URLs of its instances.
 *
 * @param id the load balancer's service id
 * @param urls base URLs of the instances, the first used when none is known to be up
 */
public record Upstream(String id, List<URI> urls) {

    /**
     * The monolith's service id: no capability can have it, as capability names have no
     * dots.
     */
    public static final String MONOLITH_ID = "ficus.monolith";

    public Upstream {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("upstream " + id + " needs at least one URL");
        }
    }

    public static Upstream of(Capability capability) {
        return new Upstream(capability.name(),
                capability.serviceUrls().isEmpty() ? List.of(capability.serviceUrl()) : capability.serviceUrls());
    }

    public static Upstream monolith(List<URI> urls) {
        return new Upstream(MONOLITH_ID, urls);
    }

    /** Whether the gateway balances over several instances. */
    public boolean balanced() {
        return urls.size() > 1;
    }

    public URI first() {
        return urls.get(0);
    }

}
