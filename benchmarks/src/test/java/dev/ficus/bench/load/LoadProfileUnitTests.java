package dev.ficus.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoadProfileUnitTests {

    @Test
    void boundsRequestCountByRateTimesDuration() {
        assertThat(LoadProfile.of(250, Duration.ofSeconds(4)).maxRequests()).isEqualTo(1000);
        assertThat(LoadProfile.of(0.5, Duration.ofSeconds(3)).maxRequests()).isEqualTo(2);
    }

    @Test
    void rejectsUnboundedOrNonsensicalProfiles() {
        assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.of(0, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.of(100_000, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.of(10, Duration.ofHours(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.of(10, Duration.ZERO));
    }

}
