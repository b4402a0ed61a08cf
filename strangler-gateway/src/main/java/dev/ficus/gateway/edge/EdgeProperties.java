package dev.ficus.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every request meets before it is routed.
 *
 * @param maxBodySize the largest request body accepted, on both ports; larger ones are
 * answered 413
 */
@ConfigurationProperties("ficus.gateway")
public record EdgeProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
