package dev.ficus.gateway.canary;

import java.net.InetSocketAddress;

import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.StringUtils;

/**
 * Finds the key that keeps a user on one side of a canary: the configured header, else
 * the cookie, else the client address.
 */
public class StickyKeyResolver {

    private final CanaryProperties properties;

    public StickyKeyResolver(CanaryProperties properties) {
        this.properties = properties;
    }

    public String keyOf(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(properties.keyHeader());
        if (StringUtils.hasText(header)) {
            return header;
        }
        HttpCookie cookie = request.getCookies().getFirst(properties.keyCookie());
        if (cookie != null && StringUtils.hasText(cookie.getValue())) {
            return cookie.getValue();
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? "" : remote.getAddress().getHostAddress();
    }

}
