package dev.ficus.gateway.routing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live routing table, restored from its state file.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    RouteTable routeTable(RoutingProperties properties, JsonMapper json, Clock clock) {
        return new RouteTable(properties, new RoutingStateStore(properties.stateFile(), json), clock);
    }

}
