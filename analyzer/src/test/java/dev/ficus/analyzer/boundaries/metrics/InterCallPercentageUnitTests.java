package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterCallPercentageUnitTests {

    @Test
    void measuresHandComputedInterCallPercentage() {
        // crossing: a1→b1 (w 1) and b2→a3 (w 1): (ln 1 + 1) · 2 = 2
        // all: (ln 2 + 1) + 1 + 1 + (ln 3 + 1) + 1 + 1 = 6 + ln 6
        double icp = new InterCallPercentage<>(MetricsExample.graph()).interCallPercentage(MetricsExample.PARTITION);

        assertThat(icp).isCloseTo(2 / (6 + Math.log(6)), within(1e-12));
    }

    @Test
    void isZeroWhenNothingCrosses() {
        Set<String> all = MetricsExample.graph().vertexSet();

        assertThat(new InterCallPercentage<>(MetricsExample.graph()).interCallPercentage(List.of(all))).isZero();
    }

}
