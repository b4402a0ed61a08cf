package dev.ficus.bench.faults;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The bad inputs tried and how the processes answered them.
 *
 * @param tried inputs sent
 * @param refused inputs refused properly (an accepted status) with every process still
 * answering after
 * @param problemDetails answers that were RFC 9457 problem details
 * @param byStatus inputs per answer (status code, or {@code no response})
 * @param processesDown processes that stopped answering after one request, counted per
 * request
 * @param outcomes one per input, in the order sent
 */
public record BadInputResult(int tried, long refused, long problemDetails, Map<String, Long> byStatus,
        long processesDown, List<Outcome> outcomes) {

    public BadInputResult {
        byStatus = new TreeMap<>(byStatus);
        outcomes = List.copyOf(outcomes);
    }

    public static BadInputResult of(List<Outcome> outcomes) {
        return new BadInputResult(outcomes.size(), outcomes.stream().filter(Outcome::asExpected).count(),
                outcomes.stream().filter(Outcome::problemDetails).count(),
                outcomes.stream().collect(Collectors.groupingBy(Outcome::answer, TreeMap::new, Collectors.counting())),
                outcomes.stream().mapToLong(outcome -> outcome.down().size()).sum(), outcomes);
    }

    /**
     * One bad input.
     *
     * @param name what was tried
     * @param target the process it went to
     * @param method HTTP method
     * @param path raw path
     * @param answer status code or {@code no response}
     * @param problemDetails whether the answer was {@code application/problem+json}
     * @param asExpected refused with an accepted status and nothing went down
     * @param down processes that stopped answering after it
     */
    public record Outcome(String name, String target, String method, String path, String answer, boolean problemDetails,
            boolean asExpected, List<String> down) {

        public Outcome {
            down = List.copyOf(down);
        }
    }
}
