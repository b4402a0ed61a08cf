package dev.ficus.gateway.shadow;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How shadow traffic is sent and compared.
 *
 * @param volatileFields fields never compared: a property name matches anywhere, a path
 * such as {@code $.meta.generatedAt} or {@code $.items[*].id} matches exactly
 * @param samples number of latest diff samples kept per capability
 * @param maxInFlight shadow comparisons running at once; further copies are dropped,
 * never queued
 * @param timeout time a shadow comparison may take before it is given up
 * @param maxBodyBytes larger answers are not compared
 */
@ConfigurationProperties("ficus.gateway.shadow")
public record ShadowProperties(@DefaultValue("timestamp") List<String> volatileFields, @DefaultValue("20") int samples,
        @DefaultValue("16") int maxInFlight, @DefaultValue("5s") Duration timeout,
        @DefaultValue("262144") int maxBodyBytes) {
}
