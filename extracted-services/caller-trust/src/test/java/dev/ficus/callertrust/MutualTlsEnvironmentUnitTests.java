package dev.ficus.callertrust;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The one switch's defaults: HTTPS with a client certificate asked for on servlet apps
 * only, the proxy's bundle everywhere, and any setting given explicitly wins.
 */
class MutualTlsEnvironmentUnitTests {

    private final MutualTlsEnvironment defaults = new MutualTlsEnvironment();

    @Test
    void offAddsNothing() {
        StandardEnvironment environment = new StandardEnvironment();

        defaults.postProcessEnvironment(environment, application(WebApplicationType.SERVLET));

        assertThat(environment.getPropertySources().contains(MutualTlsEnvironment.SOURCE)).isFalse();
        assertThat(environment.getProperty("server.ssl.bundle")).isNull();
    }

    @Test
    void aServletAppServesTheTrustBundleAndAsksForACertificate() {
        MockEnvironment environment = new MockEnvironment().withProperty("ficus.trust.mtls.enabled", "true");

        defaults.postProcessEnvironment(environment, application(WebApplicationType.SERVLET));

        assertThat(environment.getProperty("server.ssl.bundle")).isEqualTo("ficus-trust");
        assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("want");
        assertThat(environment.getProperty("spring.cloud.gateway.server.webflux.httpclient.ssl.ssl-bundle"))
            .isEqualTo("ficus-trust");
    }

    @Test
    void theReactiveGatewayOnlyPresentsItsCertificateAndKeepsServingPlainHttp() {
        MockEnvironment environment = new MockEnvironment().withProperty("ficus.trust.mtls.enabled", "true")
            .withProperty("ficus.trust.mtls.bundle", "ficustrust");

        defaults.postProcessEnvironment(environment, application(WebApplicationType.REACTIVE));

        assertThat(environment.getProperty("server.ssl.bundle")).isNull();
        assertThat(environment.getProperty("spring.cloud.gateway.server.webflux.httpclient.ssl.ssl-bundle"))
            .isEqualTo("ficustrust");
    }

    @Test
    void anExplicitSettingWins() {
        MockEnvironment environment = new MockEnvironment().withProperty("ficus.trust.mtls.enabled", "true")
            .withProperty("server.ssl.client-auth", "need");

        defaults.postProcessEnvironment(environment, application(WebApplicationType.SERVLET));

        assertThat(environment.getProperty("server.ssl.client-auth")).isEqualTo("need");
    }

    private static SpringApplication application(WebApplicationType type) {
        SpringApplication application = new SpringApplication(MutualTlsEnvironmentUnitTests.class);
        application.setWebApplicationType(type);
        return application;
    }

}
