package dev.ficus.analyzer.boundaries.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NonExtremeDistributionUnitTests {

    @Test
    void countsOnlyClustersBetweenFiveAndTwentyClasses() {
        // sizes 4, 5, 20, 21: non-extreme 5 + 20 = 25 of 50 → NED = 1 − 25/50
        List<Set<Integer>> partition = List.of(range(0, 4), range(4, 9), range(9, 29), range(29, 50));

        assertThat(new NonExtremeDistribution().nonExtremeDistribution(partition)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void isOneWhenEveryClusterIsTooSmall() {
        assertThat(new NonExtremeDistribution().nonExtremeDistribution(MetricsExample.PARTITION)).isEqualTo(1.0);
    }

    @Test
    void rejectsBoundsOutOfOrder() {
        assertThatIllegalArgumentException().isThrownBy(() -> new NonExtremeDistribution(10, 5));
    }

    private static Set<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().collect(Collectors.toSet());
    }

}
