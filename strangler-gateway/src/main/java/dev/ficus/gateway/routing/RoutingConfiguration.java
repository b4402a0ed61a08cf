package dev.ficus.gateway.routing;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/**
 * The live routing table, from the configuration, the route files and the state file.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Closed with the context (its public {@code close}). */
    @Bean
    AuditLog auditLog(RoutingProperties properties, JsonMapper json) {
        return new AuditLog(properties.auditFile(), properties.audit().maxFileSize().toBytes(),
                properties.audit().maxFiles(), json);
    }

    @Bean
    RouteTable routeTable(RoutingProperties properties, JsonMapper json, AuditLog audit, Clock clock) {
        return new RouteTable(properties.configured(RouteFiles.load(properties.routesFile())),
                new RoutingStateStore(properties.stateFile(), json), audit, clock);
    }

}
