package dev.ficus.gateway.reload;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.ficus.gateway.api.AuditEntry;
import dev.ficus.gateway.discovery.ServiceInstances;
import dev.ficus.gateway.routing.CapabilityRoutesRefresher;
import dev.ficus.gateway.routing.RouteFiles;
import dev.ficus.gateway.routing.RouteTable;
import dev.ficus.gateway.routing.RoutingProperties;

/**
 * Reads the route files again whenever their contents change (checked at a fixed rate,
 * which also sees a Kubernetes ConfigMap's atomic symlink swap) and makes the gateway
 * route by them, audited as admin changes are; a file that cannot be read or is invalid
 * is refused with one log line, and the last good configuration stays.
 */
class RouteFileWatcher {

    private static final Logger logger = LoggerFactory.getLogger(RouteFileWatcher.class);

    private final RoutingProperties properties;

    private final RouteTable table;

    private final CapabilityRoutesRefresher refresher;

    private final ServiceInstances instances;

    /** The contents last seen, good or refused; {@code null} when unreadable. */
    private @Nullable String seen;

    RouteFileWatcher(RoutingProperties properties, RouteTable table, CapabilityRoutesRefresher refresher,
            ServiceInstances instances) {
        this.properties = properties;
        this.table = table;
        this.refresher = refresher;
        this.instances = instances;
        this.seen = fingerprint();
    }

    /** Reads the files again if their contents changed since last seen. */
    synchronized void reloadIfChanged() {
        String now = fingerprint();
        if (now == null || Objects.equals(now, seen)) {
            return;
        }
        seen = now;
        try {
            List<AuditEntry> changes = table
                .reconfigure(properties.configured(RouteFiles.load(properties.routesFile())), caller());
            if (!changes.isEmpty()) {
                refresher.refresh();
                table.capabilities().forEach(instances::watch);
                logger.info("Route files reloaded: {}",
                        changes.stream()
                            .map(change -> change.capability() + " (" + change.reason() + ")")
                            .collect(Collectors.joining("; ")));
            }
        }
        catch (RuntimeException refused) {
            logger.warn("Route files {} refused, the last good configuration stays: {}", properties.routesFile(),
                    RouteFiles.rootMessage(refused));
        }
    }

    private @Nullable String fingerprint() {
        try {
            return RouteFiles.fingerprint(properties.routesFile());
        }
        catch (RuntimeException unreadable) {
            if (seen != null) {
                logger.warn("Route files {} refused, the last good configuration stays: {}", properties.routesFile(),
                        RouteFiles.rootMessage(unreadable));
            }
            seen = null;
            return null;
        }
    }

    private String caller() {
        return "route file " + properties.routesFile().stream().map(Path::toString).collect(Collectors.joining(", "));
    }

}
