package dev.ficus.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * A base URI that is guaranteed to point at this machine's loopback interface, so load
 * never leaves the host.
 */
public record LoopbackTarget(URI baseUri) {

    public LoopbackTarget {
        requireLoopback(baseUri);
    }

    public static LoopbackTarget of(String baseUri) {
        return new LoopbackTarget(URI.create(baseUri));
    }

    public static LoopbackTarget port(int port) {
        return of("http://127.0.0.1:" + port);
    }

    public URI resolve(String path) {
        return baseUri.resolve(path);
    }

    private static void requireLoopback(URI uri) {
        if (!"http".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("target must be an http:// URI with a host: " + uri);
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    throw new IllegalArgumentException("refusing non-loopback target " + uri + " (" + address
                            + "): load is only generated against this machine");
                }
            }
        }
        catch (UnknownHostException ex) {
            throw new IllegalArgumentException("cannot resolve target host: " + uri.getHost(), ex);
        }
    }
}
