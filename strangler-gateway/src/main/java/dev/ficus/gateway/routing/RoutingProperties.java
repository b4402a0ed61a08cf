package dev.ficus.gateway.routing;

import dev.ficus.gateway.api.Mode;
import dev.ficus.gateway.api.RouteSetting;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the monolith and the capabilities live and where routing state is kept; the
 * initial routing table.
 *
 * @param monolithUrl base URL of the monolith, which serves every unmatched path: its
 * first instance
 * @param monolithUrls base URLs of several instances of the monolith, balanced over with
 * health checks as a capability's {@code service-urls} are; when given,
 * {@code monolithUrl} is ignored
 * @param capabilities capabilities by name
 * @param routes more capabilities by name, as route files (or
 * {@code spring.config.import}ed ones) give them
 * @param routesFile route files, or folders of them, read at start ({@link RouteFiles})
 * and again whenever they change
 * @param stateFile JSON file holding the runtime routing state; the audit log
 * ({@code audit.jsonl}) is written next to it
 * @param audit how large the audit log grows before it is rotated, and how many rotated
 * files are kept
 * @param routesReloadEvery how often the route files are checked for changes; {@code 0s}
 * reads them at start only
 */
@ConfigurationProperties("ficus.gateway")
public record RoutingProperties(@DefaultValue("http://localhost:8080") URI monolithUrl, List<URI> monolithUrls,
        Map<String, CapabilityProperties> capabilities, Map<String, CapabilityProperties> routes, List<Path> routesFile,
        @DefaultValue(".ficus/gateway/state.json") Path stateFile, @DefaultValue AuditProperties audit,
        @DefaultValue("2s") Duration routesReloadEvery) {

    public RoutingProperties {
        monolithUrls = (monolithUrls == null || monolithUrls.isEmpty()) ? List.of(monolithUrl)
                : List.copyOf(new LinkedHashSet<>(monolithUrls));
        monolithUrl = monolithUrls.get(0);
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
        routes = routes == null ? Map.of() : Map.copyOf(routes);
        routesFile = routesFile == null ? List.of() : List.copyOf(routesFile);
    }

    /**
     * The configured capabilities together with the given ones from route files, by name;
     * a name given twice is a configuration mistake.
     */
    public Map<String, CapabilityProperties> configured(Map<String, CapabilityProperties> fromFiles) {
        Map<String, CapabilityProperties> all = new TreeMap<>(capabilities);
        for (Map<String, CapabilityProperties> more : List.of(routes, fromFiles)) {
            more.forEach((name, capability) -> {
                if (all.putIfAbsent(name, capability) != null) {
                    throw new IllegalStateException("Capability '" + name + "' is configured twice");
                }
            });
        }
        return all;
    }

    /** The audit log file, next to the state file. */
    public Path auditFile() {
        return stateFile.toAbsolutePath().resolveSibling("audit.jsonl");
    }

    /**
     * Rotation of the audit log.
     *
     * @param maxFileSize size at which {@code audit.jsonl} is rotated
     * @param maxFiles rotated files kept ({@code audit.jsonl.1} ...)
     */
    public record AuditProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFiles) {

    }

    /**
     * Configuration of one capability.
     *
     * @param paths gateway path patterns
     * @param serviceUrl base URL of the service (in a cluster: its Kubernetes Service)
     * @param mode initial mode, used until the admin API changes it
     * @param weight initial canary weight
     * @param writes who owns the data: {@code auto} (the service from {@code CANARY} on),
     * {@code monolith} or {@code service}
     * @param syncedCopyLag how stale the monolith's copy may be when something keeps it
     * in sync; unset when nothing does, and then reads of service-owned data never fall
     * back to it
     * @param serviceUrls base URLs of several instances of the service, balanced over
     * with health checks; when given, {@code serviceUrl} is ignored
     * @param timeout time the service has to answer, instead of
     * {@code ficus.gateway.fallback.timeout}
     */
    public record CapabilityProperties(List<String> paths, URI serviceUrl, @DefaultValue("MONOLITH") Mode mode,
            @DefaultValue("0") int weight, @DefaultValue("AUTO") DataOwnership.Writes writes, Duration syncedCopyLag,
            List<URI> serviceUrls, Duration timeout) {

        public RouteSetting initialSetting() {
            return new RouteSetting(mode, weight);
        }

        public Capability toCapability(String name) {
            DataOwnership ownership = new DataOwnership(writes, syncedCopyLag);
            if (serviceUrls == null || serviceUrls.isEmpty()) {
                return Capability.checked(name, paths, serviceUrl, List.of(), ownership, timeout);
            }
            return Capability.checked(name, paths, serviceUrls.get(0), serviceUrls, ownership, timeout);
        }

    }

}
