package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BadInputsUnitTests {

    private final AtomicInteger pauses = new AtomicInteger();

    @Test
    void aLiveProcessWhoseProbeMissesOnceOnABusyMachineIsUp() {
        Queue<Boolean> answers = new ArrayDeque<>(List.of(false, true));

        assertThat(BadInputs.isUp(() -> true, answers::remove, BadInputs.READINESS_ATTEMPTS, pauses::incrementAndGet))
            .isTrue();
        assertThat(pauses).hasValue(1);
    }

    @Test
    void aLiveProcessThatNeverAnswersItsProbeIsDown() {
        AtomicInteger probes = new AtomicInteger();

        assertThat(BadInputs.isUp(() -> true, () -> probes.incrementAndGet() < 0, 3, pauses::incrementAndGet))
            .isFalse();
        assertThat(probes).hasValue(3);
        assertThat(pauses).hasValue(2);
    }

    @Test
    void aProcessThatExitedIsDownWithoutAProbe() {
        AtomicInteger probes = new AtomicInteger();

        assertThat(BadInputs.isUp(() -> false, () -> probes.incrementAndGet() > 0, 3, pauses::incrementAndGet))
            .isFalse();
        assertThat(probes).hasValue(0);
    }

    @Test
    void aProcessThatExitsWhileItIsProbedIsDown() {
        Queue<Boolean> alive = new ArrayDeque<>(List.of(true, false));

        assertThat(BadInputs.isUp(alive::remove, () -> false, 3, pauses::incrementAndGet)).isFalse();
    }

}
