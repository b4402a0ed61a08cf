package dev.ficus.bench.redeploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class RedeployPlanUnitTests {

    @Test
    void refusesRatesAndRepeatsOutsideTheirBoundsWithTheOptionsName() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedeployPlan.full(0, 3))
            .withMessage("--rate must be in (0, 500] requests/s, got 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> RedeployPlan.full(30, 0))
            .withMessage("--repeats must be between 1 and 10, got 0");
    }

    @Test
    void everyRepeatIsBoundedByItsRequestCount() {
        RedeployPlan plan = RedeployPlan.full(30, 3);

        assertThat(plan.maxRequests()).isEqualTo(30 * plan.maxLoad().toSeconds());
    }

    @Test
    void theFullRunOfEveryCaseIsEstimatedUnderTwelveMinutes() {
        RedeployPlan plan = RedeployPlan.full(RedeployPlan.RATE_DEFAULT, RedeployPlan.REPEATS_DEFAULT);

        long seconds = plan.estimateSeconds(1, 1) + plan.estimateSeconds(3, 2) + plan.estimateSeconds(5, 2);

        assertThat(seconds).isBetween(300L, 720L);
    }

    @Test
    void rollingCasesRestartTwoInstancesOneAfterTheOther() {
        assertThat(RedeployCase.MONOLITH.rolling()).isFalse();
        assertThat(RedeployCase.GATEWAY_MONOLITHS.restarted()).containsExactly("monolith", "monolith-2");
        assertThat(RedeployCase.INVENTORY_SERVICES.restarted()).containsExactly("inventory-service",
                "inventory-service-2");
        assertThat(RedeployCase.named("gateway-monoliths")).contains(RedeployCase.GATEWAY_MONOLITHS);
        assertThat(RedeployCase.named("gateway")).isEmpty();
    }

}
