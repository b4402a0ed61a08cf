package dev.ficus.gateway.reload;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.routing.CapabilityRoutesRefresher;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;

/**
 * Route files reloaded without a restart, checked on Spring's task scheduler, unless
 * there are none or {@code ficus.gateway.routes-reload-every} is {@code 0s}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReloadConfiguration {

    @Bean
    RouteFileWatcher routeFileWatcher(RoutingProperties properties, RouteTable table,
            CapabilityRoutesRefresher refresher, ServiceInstances instances) {
        return new RouteFileWatcher(properties, table, refresher, instances);
    }

    @Bean
    SchedulingConfigurer routeFileChecks(RoutingProperties properties, RouteFileWatcher watcher) {
        return registrar -> {
            Duration every = properties.routesReloadEvery();
            if (!properties.routesFile().isEmpty() && !every.isNegative() && !every.isZero()) {
                registrar.addFixedDelayTask(new FixedDelayTask(watcher::reloadIfChanged, every, every));
            }
        };
    }

}
