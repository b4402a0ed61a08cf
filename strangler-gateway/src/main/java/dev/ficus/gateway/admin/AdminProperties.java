package dev.ficus.gateway.admin;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access to the admin API.
 *
 * @param adminToken the bearer token; when blank, one is generated at first start and
 * kept in the token file
 * @param adminTokenFile where a generated token is kept, readable only by its owner
 */
@ConfigurationProperties("ficus.gateway")
public record AdminProperties(String adminToken, @DefaultValue(".ficus/gateway/admin-token") Path adminTokenFile) {
}
