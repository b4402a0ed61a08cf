package dev.ficus.bench.slow;

import java.util.List;
import java.util.function.Function;

import dev.ficus.bench.measure.Spread;

/**
 * One endpoint's or group's figures over the repeats of a shape: median, minimum and
 * maximum of each.
 *
 * @param name the endpoint or group
 * @param p50Before median latency before the inventory turned slow, ms
 * @param p99Before 99th percentile before, ms
 * @param failedBefore failed share before (0..1)
 * @param p50Slow median latency while it was slow, ms
 * @param p99Slow 99th percentile while it was slow, ms
 * @param failedSlow failed share while it was slow (0..1)
 */
public record FigureSpread(String name, Spread p50Before, Spread p99Before, Spread failedBefore, Spread p50Slow,
        Spread p99Slow, Spread failedSlow) {

    /** The spread over {@code phases}' before and slow figures, one pair per repeat. */
    static FigureSpread of(String name, List<PhaseFigures> before, List<PhaseFigures> slow) {
        return new FigureSpread(name, spread(before, PhaseFigures::p50Millis), spread(before, PhaseFigures::p99Millis),
                spread(before, PhaseFigures::failedShare), spread(slow, PhaseFigures::p50Millis),
                spread(slow, PhaseFigures::p99Millis), spread(slow, PhaseFigures::failedShare));
    }

    private static Spread spread(List<PhaseFigures> phases, Function<PhaseFigures, Double> figure) {
        return Spread.of(phases.stream().map(figure).toList());
    }

}
