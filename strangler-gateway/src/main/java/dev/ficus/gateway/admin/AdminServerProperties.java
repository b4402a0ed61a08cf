package dev.ficus.gateway.admin;

import java.net.InetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the admin API and the dashboard listen: their own port, by default on loopback
 * only, so that user traffic on the gateway's port never reaches them.
 *
 * @param port the admin port; {@code 0} picks a free one (written to the admin URL file)
 * @param address the address the admin port is bound to
 */
@ConfigurationProperties("ficus.gateway.admin")
public record AdminServerProperties(@DefaultValue("8001") int port, @DefaultValue("127.0.0.1") InetAddress address) {
}
