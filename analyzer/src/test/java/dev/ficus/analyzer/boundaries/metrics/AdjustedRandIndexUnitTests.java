package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdjustedRandIndexUnitTests {

    private final AdjustedRandIndex<Integer> ari = new AdjustedRandIndex<>(List.of(Set.of(1, 2, 3), Set.of(4, 5, 6)));

    @Test
    void measuresHandComputedIndex() {
        // predicted {1,2} {3,4,5,6}: n_ij = 2,1 / 0,3 → Σ C(n_ij,2) = 1 + 3 = 4
        // rows 3,3 → 6; columns 2,4 → 1 + 6 = 7; E = 6·7 / C(6,2) = 42/15 = 2.8
        // ARI = (4 − 2.8) / ((6 + 7)/2 − 2.8) = 1.2 / 3.7
        assertThat(ari.adjustedRandIndex(List.of(Set.of(1, 2), Set.of(3, 4, 5, 6)))).isCloseTo(1.2 / 3.7,
                within(1e-12));
    }

    @Test
    void isOneForTheSamePartitionWhateverTheLabels() {
        assertThat(ari.adjustedRandIndex(List.of(Set.of(6, 5, 4), Set.of(3, 2, 1)))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ignoresElementsTheReferenceDoesNotHold() {
        assertThat(ari.adjustedRandIndex(List.of(Set.of(1, 2, 3, 99), Set.of(4, 5, 6)))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void isNegativeForAPartitionThatCutsAcrossTheReference() {
        // predicted {1,4} {2,5} {3,6}: Σ C(n_ij,2) = 0; rows 6, columns 3 → E = 18/15 =
        // 1.2
        // ARI = (0 − 1.2) / (4.5 − 1.2) = −1.2 / 3.3
        assertThat(ari.adjustedRandIndex(List.of(Set.of(1, 4), Set.of(2, 5), Set.of(3, 6)))).isCloseTo(-1.2 / 3.3,
                within(1e-12));
    }

}
