package dev.ficus.gateway.dashboard;

import dev.ficus.callertrust.CallerCertificate;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import tools.jackson.databind.json.JsonMapper;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.traffic.TrafficMetrics;

/**
 * The dashboard's traffic history and service health, sampled and polled on Spring's task
 * scheduler ({@code health-every: 0s} turns the polls off).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DashboardConfiguration {

    @Bean
    TrafficHistory trafficHistory() {
        return new TrafficHistory();
    }

    @Bean
    ServiceHealth serviceHealth(RouteTable table, JsonMapper json, DashboardProperties properties, Clock clock,
            CallerCertificate certificate) {
        return new ServiceHealth(table.capabilities(), json, properties, clock, certificate);
    }

    @Bean
    SchedulingConfigurer dashboardSchedule(RouteTable table, TrafficMetrics traffic, TrafficHistory history,
            ServiceHealth health, DashboardProperties properties, Clock clock) {
        return registrar -> {
            registrar.addFixedRateTask(
                    () -> table.capabilities()
                        .forEach(capability -> history.sample(capability.name(), clock.instant(),
                                traffic.snapshot(capability.name()), table.setting(capability.name()))),
                    properties.sampleEvery());
            if (!properties.healthEvery().isZero()) {
                registrar.addFixedDelayTask(health::poll, properties.healthEvery());
            }
        };
    }

}
