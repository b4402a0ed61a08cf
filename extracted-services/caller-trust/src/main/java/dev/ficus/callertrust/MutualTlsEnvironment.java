package dev.ficus.callertrust;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code ficus.trust.mtls.enabled=true} the one switch: a servlet app then serves
 * HTTPS with the trust bundle and asks every client for its certificate
 * ({@code server.ssl.bundle}, {@code server.ssl.client-auth=want}), and the gateway's
 * proxy client presents the bundle's certificate to the backends
 * ({@code spring.cloud.gateway.server.webflux.httpclient.ssl.ssl-bundle}). These are
 * defaults with the lowest precedence: any of them set explicitly wins, e.g.
 * {@code server.ssl.client-auth=need} on a process whose probes do not need this port.
 * <p>
 * It is Spring Boot 3's kind of post-processor, which Spring Boot 4 still runs (under the
 * same {@code spring.factories} key, deprecated), so one jar serves a service on either;
 * Spring Boot 4's own kind is not a type Spring Boot 3 has.
 */
@SuppressWarnings("removal")
public class MutualTlsEnvironment implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding the defaults. */
    static final String SOURCE = "ficusTrustMtlsDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("ficus.trust.mtls.enabled", Boolean.class, false)) {
            return;
        }
        String bundle = environment.getProperty("ficus.trust.mtls.bundle", CallerTrustProperties.Mtls.DEFAULT_BUNDLE);
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.cloud.gateway.server.webflux.httpclient.ssl.ssl-bundle", bundle);
        if (application.getWebApplicationType() == WebApplicationType.SERVLET) {
            defaults.put("server.ssl.bundle", bundle);
            // want, not need: the TLS handshake still refuses a certificate from another
            // authority, while the probes (kubelet presents none) and the scrape stay
            // reachable;
            // every other path answers 401 to a caller without one
            defaults.put("server.ssl.client-auth", "want");
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

}
