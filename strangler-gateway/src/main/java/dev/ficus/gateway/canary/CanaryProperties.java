package dev.ficus.gateway.canary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the sticky canary key comes from: a header, else a cookie, else the client
 * address.
 *
 * @param keyHeader request header carrying the user key
 * @param keyCookie cookie carrying the user key when the header is absent
 */
@ConfigurationProperties("ficus.gateway.canary")
public record CanaryProperties(@DefaultValue("X-User-Id") String keyHeader,
        @DefaultValue("ficus-key") String keyCookie) {
}
