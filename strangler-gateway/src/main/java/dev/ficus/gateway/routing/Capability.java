package dev.ficus.gateway.routing;

import java.net.URI;
import java.util.List;

/**
 * A slice of the monolith's HTTP surface that can move to its own service.
 *
 * @param name the capability name, e.g. {@code catalog}
 * @param paths gateway path patterns, e.g. {@code /api/catalog/**}
 * @param serviceUrl base URL of the extracted service
 * @param ownership who owns its data, which decides what may fall back to the monolith
 */
public record Capability(String name, List<String> paths, URI serviceUrl, DataOwnership ownership) {

    /** Exchange attribute naming the capability a request belongs to. */
    public static final String EXCHANGE_ATTRIBUTE = Capability.class.getName();

    public Capability {
        paths = List.copyOf(paths);
        ownership = ownership == null ? DataOwnership.AUTO : ownership;
    }

}
