package dev.ficus.bench.slow;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the figures say, in one sentence computed from them: how much of the rest of the
 * shop failed, and how slow it got, in each shape while the inventory was slow, and which
 * shape kept the rest best.
 */
final class SlowMeaning {

    private SlowMeaning() {
    }

    static String of(List<ShapeResult> shapes, long delayMillis) {
        List<ShapeResult> measured = shapes.stream().filter(ShapeResult::measured).toList();
        if (measured.isEmpty()) {
            return "No shape was measured, so nothing can be said.";
        }
        String each = measured.stream().map(SlowMeaning::describe).collect(Collectors.joining("; "));
        String sentence = "With every inventory operation taking %s s longer, the endpoints that do not need the "
            .formatted(seconds(delayMillis)) + "inventory " + each;
        if (measured.size() < 2) {
            return sentence + ".";
        }
        Comparator<ShapeResult> kept = Comparator
            .comparingDouble((ShapeResult shape) -> orWorst(shape.other().failedSlow().median()))
            .thenComparingDouble(shape -> orWorst(shape.other().p99Slow().median()));
        ShapeResult best = measured.stream().min(kept).orElseThrow();
        ShapeResult worst = measured.stream().max(kept).orElseThrow();
        return sentence + ", so the rest of the shop held up best in %s and worst in %s (medians over repeats)."
            .formatted(best.name(), worst.name());
    }

    private static String describe(ShapeResult shape) {
        FigureSpread other = shape.other();
        return "failed %s and answered with a p99 of %s (before: %s) in %s".formatted(
                percent(other.failedSlow().median()), millis(other.p99Slow().median()),
                millis(other.p99Before().median()), shape.name());
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String millis(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return (value >= 100) ? String.format(Locale.ROOT, "%,.0f ms", value)
                : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String seconds(long millis) {
        return (millis % 1000 == 0) ? Long.toString(millis / 1000)
                : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static double orWorst(double value) {
        return Double.isNaN(value) ? Double.MAX_VALUE : value;
    }

}
