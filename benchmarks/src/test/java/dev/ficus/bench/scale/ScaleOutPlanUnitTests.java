package dev.ficus.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ScaleOutPlanUnitTests {

    @Test
    void loadIsNinetyPercentCatalogReadsAndTheRestInTheShopMixsWeights() {
        var shares = ScaleOutPlan.full().shares();

        assertThat(shares).extracting(ScaleOutReport.EndpointShare::endpoint)
            .containsExactly("browse-catalog", "product-detail", "place-order", "order-status");
        assertThat(shares.get(0).percent()).isCloseTo(63.53, within(0.01));
        assertThat(shares.get(1).percent()).isCloseTo(26.47, within(0.01));
        assertThat(shares.get(2).percent()).isCloseTo(6.67, within(0.01));
        assertThat(shares.get(3).percent()).isCloseTo(3.33, within(0.01));
        assertThat(shares.stream().mapToDouble(ScaleOutReport.EndpointShare::percent).sum()).isCloseTo(100,
                within(1e-9));
    }

    @Test
    void fullRunOfTheFourTopologiesIsEstimatedAtFifteenMinutesAtMost() {
        ScaleOutPlan full = ScaleOutPlan.full();

        assertThat(full.estimate()).isLessThanOrEqualTo(Duration.ofMinutes(15));
        assertThat(full.measurement().repeats()).isOne();
        assertThat(full.measurement().fixedRates()).containsExactly(ScaleOutPlan.FIXED_RATE);
        assertThat(full.withRepeats(3).estimate()).isGreaterThan(Duration.ofMinutes(40));
    }

}
