package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.clusters;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceMatchUnitTests {

    @Test
    void givesEachClusterItsBestServiceWithPrecisionAndRecall() {
        ServiceMatch match = new ServiceMatch(clusters("B1:a", "B1:b", "B2:c", "B2:d", "B2:e"));

        assertThat(match.matches(clusters("A1:a", "A1:b", "A1:c", "A2:d", "A2:e"))).containsExactly(
                new ServiceMatch.Match("A1", "B1", 3, 2, 2.0 / 3, 1.0),
                new ServiceMatch.Match("A2", "B2", 2, 2, 1.0, 2.0 / 3));
    }

}
