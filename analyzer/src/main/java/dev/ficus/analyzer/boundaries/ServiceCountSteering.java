package dev.ficus.analyzer.boundaries;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Steers the clustering toward a wanted number of services: a bisection search on the
 * resolution (more resolution, more clusters) for the count closest to the target from
 * above, then merging the smallest cluster into the one it is most coupled to until the
 * target is reached.
 */
final class ServiceCountSteering {

    /** Resolutions searched lie between these bounds. */
    static final double MIN_RESOLUTION_DEFAULT = 1.0 / 64;
    static final double MAX_RESOLUTION_DEFAULT = 64;

    /** Bisection steps on the logarithm of the resolution. */
    static final int STEPS_DEFAULT = 24;

    /** The clusters found and the resolution they came from. */
    record Result(List<SortedSet<String>> clusters, double resolution) {
    }

    private final ServiceClustering clustering;

    ServiceCountSteering(ServiceClustering clustering) {
        this.clustering = clustering;
    }

    Result steer(int target) {
        double low = Math.log(MIN_RESOLUTION_DEFAULT);
        double high = Math.log(MAX_RESOLUTION_DEFAULT);
        Result best = attempt(high);
        for (int step = 0; step < STEPS_DEFAULT && best.clusters().size() != target; step++) {
            double middle = (low + high) / 2;
            Result result = attempt(middle);
            int count = result.clusters().size();
            if (count >= target) {
                best = closerFromAbove(best, result, target);
                high = middle;
            }
            else {
                low = middle;
            }
        }
        return new Result(mergeDown(best.clusters(), target), best.resolution());
    }

    private Result attempt(double logResolution) {
        double resolution = Math.exp(logResolution);
        return new Result(clustering.clusterKeepingAggregates(resolution), resolution);
    }

    private static Result closerFromAbove(Result current, Result candidate, int target) {
        int currentExcess = current.clusters().size() - target;
        int candidateExcess = candidate.clusters().size() - target;
        return currentExcess < 0 || candidateExcess <= currentExcess ? candidate : current;
    }

    private List<SortedSet<String>> mergeDown(List<SortedSet<String>> clusters, int target) {
        List<SortedSet<String>> result = new ArrayList<>();
        clusters.forEach(cluster -> result.add(new TreeSet<>(cluster)));
        while (result.size() > Math.max(target, 1)) {
            SortedSet<String> smallest = result.stream()
                .min(Comparator.<SortedSet<String>>comparingInt(SortedSet::size).thenComparing(SortedSet::first))
                .orElseThrow();
            result.remove(smallest);
            SortedSet<String> partner = result.stream()
                .max(Comparator.<SortedSet<String>>comparingDouble(other -> clustering.coupling(smallest, other))
                    .thenComparing(Comparator.<SortedSet<String>>comparingInt(SortedSet::size).reversed())
                    .thenComparing(SortedSet::first, Comparator.reverseOrder()))
                .orElseThrow();
            partner.addAll(smallest);
        }
        result.sort(Comparator.comparing(SortedSet::first));
        return result;
    }

}
