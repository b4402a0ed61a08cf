package dev.ficus.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.topology.CpuTimes;

class CpuNoiseUnitTests {

    /**
     * Two /proc/stat samples 20 s apart: CPU 1 ran tasks for 19 s, 0.6 s interrupts, 0.2
     * s steal.
     */
    private static final String BEFORE = """
            cpu  5000 10 2000 90000 100 0 50 0 0 0
            cpu0 2000 5 1000 45000 50 0 20 0 0 0
            cpu1 3000 5 1000 45000 50 0 30 0 0 0
            intr 12345
            """;

    private static final String AFTER = """
            cpu  9000 10 3000 91000 100 20 90 20 0 0
            cpu0 3000 5 1100 46000 50 0 20 0 0 0
            cpu1 4500 5 1400 45020 50 20 70 20 0 0
            intr 12399
            """;

    @Test
    void chargesBusyTimeTheProcessesUnderTestDidNotUseToOtherProcesses() {
        CpuNoise noise = CpuNoise.of(List.of(1), 20, CpuTimes.parse(BEFORE, List.of(1)),
                CpuTimes.parse(AFTER, List.of(1)), 18.2);

        assertThat(noise.otherProcessSeconds()).isCloseTo(0.8, within(1e-9));
        assertThat(noise.interruptSeconds()).isCloseTo(0.6, within(1e-9));
        assertThat(noise.stealSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(noise.stolenShare()).isCloseTo(0.05, within(1e-9));
        assertThat(noise.exceedsWarning()).isTrue();
    }

    @Test
    void addsWindowsAndStaysQuietBelowThreePercent() {
        CpuTimes before = CpuTimes.parse(BEFORE, List.of(1));
        CpuTimes after = CpuTimes.parse(AFTER, List.of(1));
        CpuNoise first = CpuNoise.of(List.of(1), 20, before, after, 18.9);
        CpuNoise both = first.plus(CpuNoise.NOT_MEASURED).plus(new CpuNoise(List.of(1), 20, 19, 0.1, 0.5, 0));

        assertThat(first.otherProcessSeconds()).isCloseTo(0.1, within(1e-9));
        assertThat(both.wallSeconds()).isEqualTo(40);
        assertThat(both.otherProcessSeconds()).isCloseTo(0.2, within(1e-9));
        assertThat(both.stolenShare()).isCloseTo(0.4 / 40, within(1e-9));
        assertThat(both.exceedsWarning()).isFalse();
        assertThat(CpuNoise.NOT_MEASURED.plus(first)).isEqualTo(first);
    }

    @Test
    void sumsSeveralCpus() {
        CpuTimes times = CpuTimes.parse(AFTER, List.of(0, 1));

        assertThat(times.task()).isCloseTo((3000 + 5 + 1100 + 4500 + 5 + 1400) / 100.0, within(1e-9));
        assertThat(times.idle()).isCloseTo((46000 + 50 + 45020 + 50) / 100.0, within(1e-9));
    }

}
