package dev.ficus.gateway.reload;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.routing.CapabilityRoutesRefresher;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;

/**
 * Route files reloaded without a restart, unless there are none or
 * {@code ficus.gateway.routes-reload-every} is {@code 0s}.
 */
@Configuration(proxyBeanMethods = false)
class ReloadConfiguration {

    /** Closed with the context (its public {@code close}). */
    @Bean
    RouteFileWatcher routeFileWatcher(RoutingProperties properties, RouteTable table,
            CapabilityRoutesRefresher refresher, ServiceInstances instances) {
        return new RouteFileWatcher(properties, table, refresher, instances);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> routeFilesWatchedWhenReady(RoutingProperties properties,
            RouteFileWatcher watcher) {
        return ready -> {
            if (!properties.routesFile().isEmpty() && !properties.routesReloadEvery().isNegative()
                    && !properties.routesReloadEvery().isZero()) {
                watcher.start();
            }
        };
    }

}
