package dev.ficus.gateway.edge;

import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security's strict firewall (no {@code ;}, encoded {@code /}, {@code \},
 * {@code %}, {@code .}, no {@code //} or dot segments, no control characters) plus one
 * rule of ours: no percent-encoded letter, digit, {@code -}, {@code _} or {@code ~}. RFC
 * 3986 calls those unreserved: no client needs to encode them, so {@code /%61dmin} is
 * someone probing for a second spelling of {@code /admin}.
 * <p>
 * It guards every request, not just admin ones: the gateway decides by path which side
 * serves a capability, so a path the backend may read differently from the gateway could
 * reach the wrong side.
 */
public final class EdgeFirewall implements ServerWebExchangeFirewall {

    private static final Pattern ENCODED_UNRESERVED = Pattern
        .compile("%(3[0-9]|[46][1-9a-fA-F]|[57][0-9aA]|2[dD]|5[fF]|7[eE])");

    private final StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();

    @Override
    public Mono<ServerWebExchange> getFirewalledExchange(ServerWebExchange exchange) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (rawPath != null && ENCODED_UNRESERVED.matcher(rawPath).find()) {
            return Mono.error(new ServerExchangeRejectedException(
                    "The request was rejected because the URL percent-encodes a letter, digit or other unreserved character"));
        }
        return strict.getFirewalledExchange(exchange);
    }

}
