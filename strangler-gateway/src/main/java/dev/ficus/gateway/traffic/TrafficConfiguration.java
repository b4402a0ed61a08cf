package dev.ficus.gateway.traffic;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import dev.ficus.gateway.routing.RouteTable;

/**
 * Traffic metrics for every configured capability.
 */
@Configuration(proxyBeanMethods = false)
class TrafficConfiguration {

    @Bean
    TrafficMetrics trafficMetrics(RouteTable table, MeterRegistry registry) {
        return new TrafficMetrics(table.capabilities(), registry);
    }

    @Bean
    TraceContextHeaders traceContextHeaders(Propagator propagator) {
        return new TraceContextHeaders(propagator);
    }

    @Bean
    AccessLogFilter accessLogFilter(Clock clock, Environment environment) {
        return new AccessLogFilter(clock, environment.getProperty("spring.application.name", "strangler-gateway"));
    }

}
