package dev.ficus.gateway.proxy;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway never forwards to a backend.
 *
 * @param managementPaths path patterns of the backends' management endpoints, matched
 * case-insensitively: never forwarded, so a backend's actuator (health details, fault
 * switches, heap dumps) cannot be reached through the gateway; the gateway's own actuator
 * endpoints still answer
 */
@ConfigurationProperties("ficus.gateway")
public record ProxyProperties(@DefaultValue("/actuator/**") List<String> managementPaths) {

    public ProxyProperties {
        managementPaths = List.copyOf(managementPaths);
    }

}
