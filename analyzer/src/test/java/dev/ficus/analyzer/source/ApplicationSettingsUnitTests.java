package dev.ficus.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicationSettingsUnitTests {

    private final ApplicationSettings settings = new ApplicationSettings("application.yml",
            Map.of("api.prefix", "/api/${api.version}", "api.version", "v2", "price", "$5"));

    @Test
    void fillsInKnownSettingsAndDefaultsAndLeavesTheRestAsWritten() {
        assertThat(settings.resolve("${api.prefix}/orders")).isEqualTo("/api/v2/orders");
        assertThat(settings.resolve("/x/${missing:fallback}/${api.version}")).isEqualTo("/x/fallback/v2");
        assertThat(settings.resolve("/x/${missing}")).isEqualTo("/x/${missing}");
        assertThat(settings.resolve("/x/${missing:${api.version}}")).isEqualTo("/x/v2");
        assertThat(settings.resolve("/costs/${price}")).isEqualTo("/costs/$5");
        assertThat(settings.resolve("/plain")).isEqualTo("/plain");
    }

    @Test
    void stopsFollowingASettingThatNamesItself() {
        ApplicationSettings looping = new ApplicationSettings("", Map.of("a", "${a}/x"));

        assertThat(looping.resolve("${a}")).isEqualTo("${a}/x/x/x/x/x");
    }

}
