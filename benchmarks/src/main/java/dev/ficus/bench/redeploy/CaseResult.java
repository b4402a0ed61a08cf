package dev.ficus.bench.redeploy;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.ficus.bench.measure.Spread;

/**
 * One redeploy case over its repeats.
 *
 * @param id the case's name ({@code monolith}, {@code gateway-monoliths},
 * {@code inventory-services})
 * @param title what was redeployed, in words
 * @param shape the shape that ran
 * @param restarted the processes restarted in each repeat, in order
 * @param rolling whether the gateway balanced over the restarted processes
 * @param failure why the case stopped before its last repeat; empty when it did not
 * @param repeats every repeat, in order
 * @param summary median and range over the repeats; {@code null} when none ran
 */
record CaseResult(String id, String title, String shape, List<String> restarted, boolean rolling, String failure,
        List<RepeatResult> repeats, @Nullable Summary summary) {

    CaseResult {
        restarted = List.copyOf(restarted);
        repeats = List.copyOf(repeats);
    }

    static CaseResult of(RedeployCase redeploy, String shape, List<RepeatResult> repeats, String failure) {
        return new CaseResult(redeploy.id(), redeploy.title(), shape, redeploy.restarted(), redeploy.rolling(), failure,
                repeats, repeats.isEmpty() ? null : Summary.of(repeats));
    }

    /**
     * Median, minimum and maximum over the repeats.
     *
     * @param requests requests sent per repeat
     * @param failed failed requests (5xx, timeouts, refused)
     * @param wrong wrong answers
     * @param failedOrWrong failed requests and wrong answers together
     * @param failedOrWrongPercent failed and wrong over requests, in percent
     * @param failingSeconds from the first failing time bucket to the end of the last
     * @param wallSeconds first SIGTERM to last ready
     * @param stopSeconds SIGTERM to exit, over every restarted process
     * @param startSeconds launch to ready, over every restarted process
     * @param failingEndpoints endpoints that failed in at least one repeat
     */
    record Summary(Spread requests, Spread failed, Spread wrong, Spread failedOrWrong, Spread failedOrWrongPercent,
            Spread failingSeconds, Spread wallSeconds, Spread stopSeconds, Spread startSeconds,
            List<String> failingEndpoints) {

        Summary {
            failingEndpoints = List.copyOf(failingEndpoints);
        }

        static Summary of(List<RepeatResult> repeats) {
            List<RestartStep> steps = repeats.stream().flatMap(repeat -> repeat.steps().stream()).toList();
            return new Summary(spread(repeats, RepeatResult::requests), spread(repeats, RepeatResult::failed),
                    spread(repeats, RepeatResult::wrong), spread(repeats, repeat -> repeat.failed() + repeat.wrong()),
                    spread(repeats, repeat -> 100 * repeat.failedOrWrongFraction()),
                    spread(repeats, repeat -> repeat.failingMillis() / 1000.0),
                    spread(repeats, repeat -> repeat.wallMillis() / 1000.0),
                    Spread.of(steps.stream().map(step -> step.stopMillis() / 1000.0).toList()),
                    Spread.of(steps.stream().map(step -> step.startMillis() / 1000.0).toList()),
                    repeats.stream()
                        .flatMap(repeat -> repeat.failingEndpoints().stream())
                        .distinct()
                        .sorted()
                        .toList());
        }

        private static Spread spread(List<RepeatResult> repeats, ToDoubleFunction<RepeatResult> value) {
            return Spread.of(repeats.stream().map(repeat -> value.applyAsDouble(repeat)).toList());
        }
    }

}
