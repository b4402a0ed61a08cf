package dev.ficus.analyzer.score;

import static dev.ficus.analyzer.score.References.clusters;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PurityUnitTests {

    @Test
    void countsTheMajorityServiceOfEachCluster() {
        Purity purity = new Purity(clusters("B1:a", "B1:b", "B2:c", "B2:d", "B2:e"));

        assertThat(purity.purity(clusters("A1:a", "A1:b", "A1:c", "A2:d", "A2:e"))).isEqualTo(0.8);
    }

    @Test
    void ignoresElementsTheReferenceDoesNotHold() {
        Purity purity = new Purity(clusters("B1:a", "B2:b"));

        assertThat(purity.purity(clusters("A:a", "A:b", "A:x", "A:y"))).isEqualTo(0.5);
    }

}
