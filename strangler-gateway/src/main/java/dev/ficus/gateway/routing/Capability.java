package dev.ficus.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

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

    /** Lower-case letters, digits and dashes, starting with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public Capability {
        paths = List.copyOf(paths);
        ownership = ownership == null ? DataOwnership.AUTO : ownership;
    }

    /**
     * A capability from outside input (the admin API, a route file), each part checked:
     * the message of the {@link IllegalArgumentException} names the part and what is
     * allowed.
     */
    public static Capability checked(String name, List<String> paths, URI serviceUrl, DataOwnership ownership) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "name must be 1-63 lower-case letters, digits or '-', was '" + name + "'");
        }
        if (paths == null || paths.isEmpty()) {
            throw new IllegalArgumentException("paths of '" + name + "' must name at least one path pattern");
        }
        paths.forEach(PathOverlap::parse);
        if (serviceUrl == null || !serviceUrl.isAbsolute() || serviceUrl.getHost() == null
                || !List.of("http", "https").contains(serviceUrl.getScheme())) {
            throw new IllegalArgumentException(
                    "serviceUrl of '" + name + "' must be an absolute http(s) URL, was '" + serviceUrl + "'");
        }
        return new Capability(name, paths, serviceUrl, ownership);
    }

}
