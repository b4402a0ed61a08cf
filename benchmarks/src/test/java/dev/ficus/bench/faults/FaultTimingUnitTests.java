package dev.ficus.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FaultTimingUnitTests {

    private static final long MS = 1_000_000;

    private static final long KILL = 10_000 * MS;

    private static final long RESTART = 15_000 * MS;

    @Test
    void measuresFirstFailureAndFallbackFromTheKillAndRecoveryFromTheRelaunch() {
        List<RequestRecord> records = List.of(read(9_000, 9_100, 200, "service", RequestRecord.Verdict.OK),
                read(9_900, 10_300, 0, "", RequestRecord.Verdict.FAILED),
                read(10_400, 10_800, 200, "monolith", RequestRecord.Verdict.STALE),
                read(15_200, 15_900, 200, "service", RequestRecord.Verdict.OK),
                read(14_000, 15_500, 200, "service", RequestRecord.Verdict.OK));

        FaultTiming timing = FaultTiming.of(records, KILL, RESTART, 600L, Set.of("inventory"), "service",
                Optional.of("monolith"));

        assertThat(timing).isEqualTo(new FaultTiming(300L, 800L, 600L, 900L, 5_900L));
    }

    @Test
    void leavesTimesOfWhatNeverHappenedEmpty() {
        List<RequestRecord> records = List.of(read(9_000, 9_100, 200, "service", RequestRecord.Verdict.OK));

        FaultTiming timing = FaultTiming.of(records, KILL, RESTART, null, Set.of("inventory"), "service",
                Optional.empty());

        assertThat(timing).isEqualTo(new FaultTiming(null, null, null, null, null));
    }

    @Test
    void doesNotCountAnotherCapabilitysAnswersAsRecovery() {
        List<RequestRecord> records = List.of(new RequestRecord("read-product", "catalog", false, 16_000 * MS,
                16_100 * MS, 200, "", "service", RequestRecord.Verdict.OK));

        assertThat(FaultTiming.of(records, KILL, RESTART, 500L, Set.of("inventory"), "service", Optional.empty())
            .recoveryMillis()).isNull();
    }

    private static RequestRecord read(long sentMillis, long doneMillis, int status, String servedBy,
            RequestRecord.Verdict verdict) {
        return new RequestRecord("read-stock", "inventory", false, sentMillis * MS, doneMillis * MS, status,
                status == 0 ? "ConnectException" : "", servedBy, verdict);
    }

}
