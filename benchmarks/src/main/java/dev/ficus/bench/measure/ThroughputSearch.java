package dev.ficus.bench.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which sweep rates still need measuring once the fixed rates have been, and the maximum
 * sustainable rate over all points.
 * <p>
 * Fixed-rate points are measured exactly as sweep points are (same mix, same generator,
 * ascending, right after the warm-up), so a sweep rate equal to or below a fixed rate
 * would only repeat what is known. When every fixed rate met the SLO the sweep starts
 * above the highest one; when one broke it the sustainable rate lies below that one, and
 * only the sweep rates between it and the highest fixed rate below it that held are
 * tried. The sustainable rate is then read off all points in ascending rate order up to
 * the first that broke the SLO, so a noisy fixed point cannot be skipped over.
 */
public final class ThroughputSearch {

    private ThroughputSearch() {
    }

    /** The sweep rates to try, ascending, given the fixed-rate verdicts (any order). */
    public static List<Double> ratesToTry(List<Double> sweepRates, List<SweepPoint> fixedVerdicts) {
        List<SweepPoint> fixed = ascending(fixedVerdicts);
        double floor = 0;
        for (SweepPoint point : fixed) {
            if (!point.sustained()) {
                double ceiling = point.rate();
                double above = floor;
                return sweepRates.stream().filter(rate -> rate > above && rate < ceiling).toList();
            }
            floor = point.rate();
        }
        double highest = floor;
        return sweepRates.stream().filter(rate -> rate > highest).toList();
    }

    /**
     * Highest rate sustained with every lower point sustained too; 0 when the lowest
     * point already broke the SLO.
     */
    public static double maxSustainable(List<SweepPoint> points) {
        double max = 0;
        for (SweepPoint point : ascending(points)) {
            if (!point.sustained()) {
                break;
            }
            max = point.rate();
        }
        return max;
    }

    private static List<SweepPoint> ascending(List<SweepPoint> points) {
        List<SweepPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(SweepPoint::rate));
        return sorted;
    }

}
