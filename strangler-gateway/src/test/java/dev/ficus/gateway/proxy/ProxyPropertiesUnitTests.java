package dev.ficus.gateway.proxy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProxyPropertiesUnitTests {

    private static final List<String> PATHS = List.of("/actuator/**");

    @Test
    void theResponseTimeoutSetForTheGatewayWins() {
        assertThat(new ProxyProperties(PATHS, PATHS, Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(120)))
            .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void anOperatorsSpringCloudGatewayResponseTimeoutIsKeptWhenTheGatewaysIsUnset() {
        assertThat(new ProxyProperties(PATHS, PATHS, null).responseTimeout(Duration.ofSeconds(120)))
            .isEqualTo(Duration.ofSeconds(120));
        assertThat(new ProxyProperties(PATHS, PATHS, null).responseTimeout(null)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refusesAResponseTimeoutThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProxyProperties(PATHS, PATHS, Duration.ZERO))
            .withMessage("ficus.gateway.response-timeout must be positive, was PT0S");
    }

}
