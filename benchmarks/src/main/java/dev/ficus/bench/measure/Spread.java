package dev.ficus.bench.measure;

import java.util.Collection;
import java.util.List;

/**
 * Median, minimum and maximum of repeated measurements of one quantity.
 *
 * @param samples how many repeats contributed
 */
public record Spread(double median, double min, double max, int samples) {

    public static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN, 0);

    public static Spread of(Collection<? extends Number> values) {
        List<Double> sorted = values.stream().map(Number::doubleValue).filter(v -> !Double.isNaN(v)).sorted().toList();
        if (sorted.isEmpty()) {
            return NONE;
        }
        int n = sorted.size();
        double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Spread(median, sorted.get(0), sorted.get(n - 1), n);
    }

    public boolean isEmpty() {
        return samples == 0;
    }
}
