package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InterfaceNumberUnitTests {

    @Test
    void measuresHandComputedInterfaceNumber() {
        // I_A = {a3} (called from b2), I_B = {b1} (called from a1): IFN = (1 + 1) / 2
        double ifn = new InterfaceNumber<>(MetricsExample.graph()).interfaceNumber(MetricsExample.PARTITION);

        assertThat(ifn).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void countsEachInterfaceClassOnce() {
        // {a1} | {a2, a3, b1, b2}: a1→a2, a1→b1 enter cluster 2 at a2, b1; a3→a1 enters
        // cluster 1 at a1
        // I_1 = {a1}, I_2 = {a2, b1} → IFN = 3/2
        List<Set<String>> partition = List.of(Set.of("a1"), Set.of("a2", "a3", "b1", "b2"));

        assertThat(new InterfaceNumber<>(MetricsExample.graph()).interfaceNumber(partition)).isCloseTo(1.5,
                within(1e-12));
    }

}
