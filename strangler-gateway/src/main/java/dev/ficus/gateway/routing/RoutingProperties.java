package dev.ficus.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the monolith and the capabilities live and where routing state is kept; the
 * initial routing table.
 *
 * @param monolithUrl base URL of the monolith, which serves every unmatched path
 * @param capabilities capabilities by name
 * @param stateFile JSON file holding the runtime routing state and audit log
 */
@ConfigurationProperties("ficus.gateway")
public record RoutingProperties(@DefaultValue("http://localhost:8080") URI monolithUrl,
        Map<String, CapabilityProperties> capabilities, @DefaultValue(".ficus/gateway/state.json") Path stateFile) {

    public RoutingProperties {
        capabilities = capabilities == null ? Map.of() : Map.copyOf(capabilities);
    }

    /** The configured capabilities, ordered by name. */
    public List<Capability> toCapabilities() {
        return capabilities.entrySet()
            .stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> new Capability(entry.getKey(), entry.getValue().paths(), entry.getValue().serviceUrl(),
                    new DataOwnership(entry.getValue().writes(), entry.getValue().syncedCopyLag())))
            .toList();
    }

    /**
     * Configuration of one capability.
     *
     * @param paths gateway path patterns
     * @param serviceUrl base URL of the service
     * @param mode initial mode, used until the admin API changes it
     * @param weight initial canary weight
     * @param writes who owns the data: {@code auto} (the service from {@code CANARY} on),
     * {@code monolith} or {@code service}
     * @param syncedCopyLag how stale the monolith's copy may be when something keeps it
     * in sync; unset when nothing does, and then reads of service-owned data never fall
     * back to it
     */
    public record CapabilityProperties(List<String> paths, URI serviceUrl, @DefaultValue("MONOLITH") Mode mode,
            @DefaultValue("0") int weight, @DefaultValue("AUTO") DataOwnership.Writes writes, Duration syncedCopyLag) {

        public RouteSetting initialSetting() {
            return new RouteSetting(mode, weight);
        }

    }

}
