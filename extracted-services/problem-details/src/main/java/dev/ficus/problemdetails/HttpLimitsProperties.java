package dev.ficus.problemdetails;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ficus.http.*}: how much of a request an application reads before it refuses it.
 *
 * @param maxBodySize the largest request body read; a larger one is answered 413 without
 * being read
 * @param maxJsonDepth how deeply JSON objects and arrays of a body may nest
 */
@ConfigurationProperties("ficus.http")
public record HttpLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("32") int maxJsonDepth) {

    public HttpLimitsProperties {
        if (maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("ficus.http.max-body-size must be at least 1B");
        }
        if (maxJsonDepth < 1) {
            throw new IllegalArgumentException("ficus.http.max-json-depth must be at least 1");
        }
    }
}
