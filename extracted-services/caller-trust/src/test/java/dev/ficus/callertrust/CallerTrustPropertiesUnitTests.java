package dev.ficus.callertrust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerTrustPropertiesUnitTests {

    @Test
    void refusesToTrustWithAnEmptyAllowList() {
        assertThatThrownBy(() -> new CallerTrustProperties(true, Map.of(), null, null, List.of(), null))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("ficus.trust.enabled is true but ficus.trust.callers names no caller: nobody could call");
    }

    @Test
    void keepsTheProbesAndTheScrapeOpenByDefault() {
        CallerTrustProperties properties = new CallerTrustProperties(false, null, null, null, null, null);

        assertThat(properties.openPaths()).contains("/actuator/health/**", "/actuator/prometheus");
    }

    @Test
    void callsAsNobodyUnlessBothNameAndTokenAreSet() {
        assertThat(new CallerTrustProperties(false, null, "monolith-app", " ", null, null).identity()).isEmpty();
        assertThat(new CallerTrustProperties(false, null, "monolith-app", "s3cret", null, null).identity())
            .hasValue(new CallerTrustProperties.Identity("monolith-app", "s3cret"));
    }

    @Test
    void neverShowsATokenWhenPrinted() {
        CallerTrustProperties properties = new CallerTrustProperties(true, Map.of("strangler-gateway", "gw-s3cret"),
                "monolith-app", "my-s3cret", null, null);

        assertThat(properties.toString()).contains("strangler-gateway", "monolith-app").doesNotContain("s3cret");
        assertThat(properties.identity().orElseThrow().toString()).doesNotContain("s3cret");
    }

    @Test
    void matchesOnlyTheConfiguredTokenAndNeverAnEmptyOne() {
        TokenEncoder tokens = new TokenEncoder();

        assertThat(tokens.matches("gw-s3cret", "gw-s3cret")).isTrue();
        assertThat(tokens.matches("gw-s3cre", "gw-s3cret")).isFalse();
        assertThat(tokens.matches("", "")).isFalse();
    }

}
