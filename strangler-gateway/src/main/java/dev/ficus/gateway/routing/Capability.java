package dev.ficus.gateway.routing;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A slice of the monolith's HTTP surface that can move to its own service.
 *
 * @param name the capability name, e.g. {@code catalog}
 * @param paths gateway path patterns, e.g. {@code /api/catalog/**}
 * @param serviceUrl base URL of the extracted service: its first instance
 * @param ownership who owns its data, which decides what may fall back to the monolith
 * @param serviceUrls base URLs of every instance of the service, {@code serviceUrl}
 * first; the gateway balances over them when there are several
 * @param timeout time the service has to answer, or {@code null} for the gateway's
 * {@code ficus.gateway.fallback.timeout}
 */
public record Capability(String name, List<String> paths, URI serviceUrl, DataOwnership ownership,
        List<URI> serviceUrls, @Nullable Duration timeout) {

    /** Exchange attribute naming the capability a request belongs to. */
    public static final String EXCHANGE_ATTRIBUTE = Capability.class.getName();

    /** Lower-case letters, digits and dashes, starting with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Capability {
        paths = List.copyOf(paths);
        ownership = ownership == null ? DataOwnership.AUTO : ownership;
        serviceUrls = allInstances(serviceUrl, serviceUrls);
        serviceUrl = serviceUrls.isEmpty() ? serviceUrl : serviceUrls.get(0);
    }

    /** A capability with one service instance and the gateway's timeout. */
    public Capability(String name, List<String> paths, URI serviceUrl, @Nullable DataOwnership ownership) {
        this(name, paths, serviceUrl, ownership == null ? DataOwnership.AUTO : ownership, List.of(), null);
    }

    /** Whether the gateway balances over several instances of the service. */
    public boolean balanced() {
        return serviceUrls.size() > 1;
    }

    /**
     * A capability from outside input (the admin API, a route file), each part checked:
     * the message of the {@link IllegalArgumentException} names the part and what is
     * allowed.
     */
    public static Capability checked(@Nullable String name, @Nullable List<String> paths, @Nullable URI serviceUrl,
            @Nullable DataOwnership ownership) {
        return checked(name, paths, serviceUrl, List.of(), ownership, null);
    }

    /**
     * As {@link #checked(String, List, URI, DataOwnership)}, with more instances and an
     * own timeout.
     */
    public static Capability checked(@Nullable String name, @Nullable List<String> paths, @Nullable URI serviceUrl,
            @Nullable List<URI> moreServiceUrls, @Nullable DataOwnership ownership, @Nullable Duration timeout) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "name must be 1-63 lower-case letters, digits or '-', was '" + name + "'");
        }
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("paths of '" + name + "' must name at least one path pattern");
        }
        paths.forEach(PathOverlap::parse);
        List<URI> instances = allInstances(serviceUrl, moreServiceUrls);
        if (instances.isEmpty()) {
            throw new IllegalArgumentException(
                    "serviceUrl of '" + name + "' must be an absolute http(s) URL, was '" + serviceUrl + "'");
        }
        for (URI instance : instances) {
            if (instance == null || !instance.isAbsolute() || instance.getHost() == null
                    || !List.of("http", "https").contains(instance.getScheme())) {
                throw new IllegalArgumentException(
                        "serviceUrl of '" + name + "' must be an absolute http(s) URL, was '" + instance + "'");
            }
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout of '" + name + "' must be positive, was " + timeout);
        }
        return new Capability(name, paths, instances.get(0), ownership == null ? DataOwnership.AUTO : ownership,
                instances, timeout);
    }

    private static List<URI> allInstances(@Nullable URI first, @Nullable List<URI> more) {
        LinkedHashSet<URI> all = new LinkedHashSet<>();
        if (first != null) {
            all.add(first);
        }
        if (more != null) {
            all.addAll(more);
        }
        return List.copyOf(new ArrayList<>(all));
    }

    /**
     * Whether this capability's paths overlap another's: the problem naming both, if so.
     */
    Optional<String> overlapWithAny(Map<String, Capability> others) {
        for (Capability other : others.values()) {
            if (other.name().equals(name)) {
                continue;
            }
            Optional<List<String>> overlap = PathOverlap.firstOverlap(paths, other.paths());
            if (overlap.isPresent()) {
                return Optional.of("path " + overlap.get().get(0) + " of capability '" + name + "' overlaps path "
                        + overlap.get().get(1) + " of capability '" + other.name() + "'");
            }
        }
        return Optional.empty();
    }

}
