package dev.ficus.gateway.proxy;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * A redirect a backend answers points back at the gateway: a servlet container builds an
 * absolute {@code Location} from the {@code Host} it was asked on, which behind the
 * gateway is the monolith's or a service's own address (Post/Redirect/Get in every
 * server-rendered app), so the browser would leave the gateway for an address it may not
 * reach and that no route, canary or fallback covers. A {@code Location} on the origin
 * the request was sent to is rewritten to the origin the client asked; any other
 * {@code Location} is left as it is.
 */
final class RedirectLocations implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        String location = input.getFirst(HttpHeaders.LOCATION);
        URI backend = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (location == null || backend == null) {
            return input;
        }
        String backendOrigin = origin(backend);
        if (backendOrigin == null || !onOrigin(location, backendOrigin)) {
            return input;
        }
        String clientOrigin = origin(exchange.getRequest().getURI());
        if (clientOrigin == null || clientOrigin.equals(backendOrigin)) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set(HttpHeaders.LOCATION, clientOrigin + location.substring(backendOrigin.length()));
        return headers;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }

    /** Whether the location is the origin itself or a path, query or fragment on it. */
    private static boolean onOrigin(String location, String origin) {
        if (!location.regionMatches(true, 0, origin, 0, origin.length())) {
            return false;
        }
        return location.length() == origin.length() || "/?#".indexOf(location.charAt(origin.length())) >= 0;
    }

    private static @Nullable String origin(URI uri) {
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

}
