package dev.ficus.gateway.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the dashboard samples traffic and checks the services' health.
 *
 * @param sampleEvery how often every capability's traffic is sampled for the history
 * @param healthEvery how often each service's health endpoint is asked; {@code 0s} asks
 * never (the dashboard shows UNKNOWN)
 * @param healthTimeout how long a health check may take before the service counts as down
 * @param healthPath the services' health endpoint, relative to their base URL
 */
@ConfigurationProperties("ficus.gateway.dashboard")
public record DashboardProperties(@DefaultValue("1s") Duration sampleEvery, @DefaultValue("5s") Duration healthEvery,
        @DefaultValue("1s") Duration healthTimeout, @DefaultValue("/actuator/health") String healthPath) {
}
