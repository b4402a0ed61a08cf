package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateCyclesUnitTests {

    private static CrossingCalls.CandidateCall call(String caller, String callee) {
        return new CrossingCalls.CandidateCall(caller, callee);
    }

    @Test
    void detectsCycleThroughAThirdCandidate() {
        CandidateCycles cycles = new CandidateCycles(List.of("a", "b", "c", "d"),
                List.of(call("a", "b"), call("b", "c"), call("c", "a"), call("c", "d")));

        assertThat(cycles.partnersOf("a")).containsExactly("b", "c");
        assertThat(cycles.partnersOf("c")).containsExactly("a", "b");
        assertThat(cycles.partnersOf("d")).isEmpty();
    }

    @Test
    void ignoresOneWayCallsAndUnknownCandidates() {
        CandidateCycles cycles = new CandidateCycles(List.of("a", "b"),
                List.of(call("a", "b"), call("b", "x"), call("x", "a")));

        assertThat(cycles.partnersOf("a")).isEmpty();
        assertThat(cycles.partnersOf("b")).isEmpty();
    }

}
