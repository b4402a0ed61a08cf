package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessContextPurityUnitTests {

    // U1 = {a1, a2} touches A; U2 = {a3, b1} touches A and B; U3 = {b2} touches B
    private final BusinessContextPurity<String> bcp = new BusinessContextPurity<>(
            List.of(Set.of("a1", "a2"), Set.of("a3", "b1"), Set.of("b2")));

    @Test
    void measuresHandComputedPurity() {
        // |BC_A| = 2, |BC_B| = 2 → BCP = (ln 2 + ln 2) / 2 = ln 2
        assertThat(bcp.businessContextPurity(MetricsExample.PARTITION)).isCloseTo(Math.log(2), within(1e-12));
    }

    @Test
    void letsUntouchedClustersCountZero() {
        // a third cluster {c} touched by no use case: (ln 2 + ln 2 + 0) / 3
        List<Set<String>> partition = List.of(Set.of("a1", "a2", "a3"), Set.of("b1", "b2"), Set.of("c"));

        assertThat(bcp.businessContextPurity(partition)).isCloseTo(2 * Math.log(2) / 3, within(1e-12));
    }

}
