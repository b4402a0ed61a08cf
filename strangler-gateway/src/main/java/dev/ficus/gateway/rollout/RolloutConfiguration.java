package dev.ficus.gateway.rollout;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.shadow.ShadowReports;
import dev.ficus.gateway.traffic.TrafficMetrics;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rollout conductor, evaluating running rollouts on Spring's task scheduler (a failed
 * evaluation is logged and the next one retries).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RolloutConfiguration {

    @Bean
    RolloutConductor rolloutConductor(RouteTable table, TrafficMetrics traffic, ShadowReports shadow, Clock clock,
            JsonMapper json) {
        return new RolloutConductor(table, traffic, shadow, clock, json);
    }

    @Bean
    SchedulingConfigurer rolloutSchedule(RolloutConductor conductor, RolloutProperties properties) {
        return registrar -> {
            conductor.resumeSaved();
            registrar.addFixedDelayTask(conductor::evaluate, properties.checkEvery());
        };
    }

}
