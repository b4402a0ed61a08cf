package dev.ficus.gateway.rollout;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RolloutPlanUnitTests {

    private static final Slo SLO = new Slo(0.01, 1.5, Duration.ofMillis(5), 0.01);

    @Test
    void acceptsAscendingStepsEndingAtTheWholeTraffic() {
        assertThat(new RolloutPlan(List.of(5, 25, 50, 100), 100, Duration.ofMinutes(1), SLO).steps()).containsExactly(5,
                25, 50, 100);
    }

    @Test
    void rejectsStepsThatDoNotEndAtOneHundred() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(5, 50))).withMessageContaining("end at 100");
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of()));
    }

    @Test
    void rejectsStepsThatAreNotStrictlyAscendingWeights() {
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(50, 25, 100)));
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(25, 25, 100)));
        assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(0, 100)));
    }

    private static RolloutPlan plan(List<Integer> steps) {
        return new RolloutPlan(steps, 10, Duration.ofSeconds(1), SLO);
    }

}
