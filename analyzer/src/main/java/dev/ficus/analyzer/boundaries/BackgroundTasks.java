package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tells a background task of the application from a service: a cluster that no other
 * cluster is coupled to, so it has nothing to join, whose only entry points are scheduled
 * tasks or {@code main}, and that is either too small to be a service on its own (fewer
 * than {@link ServiceClustering#MIN_SERVICE_TYPES_DEFAULT} types: a job that redelivers
 * events, takes a lock, cleans up its own table) or touches no table at all (an event
 * publisher that forwards what it stored every few seconds, whatever its size). It does
 * the application's housekeeping, not business work of its own: it goes to the platform.
 */
final class BackgroundTasks {

    static final String REASON = " Background tasks too small to be a service or touching no table, using and used"
            + " by no other part (a scheduled job with its own bookkeeping table, an event forwarder) go there too.";

    private static final Set<EntryPoint.Kind> BACKGROUND = Set.of(EntryPoint.Kind.SCHEDULED, EntryPoint.Kind.MAIN);

    private final CodeGraph code;

    private final ServiceClustering clustering;

    BackgroundTasks(CodeGraph code, ServiceClustering clustering) {
        this.code = code;
        this.clustering = clustering;
    }

    /** Takes the background tasks out of {@code clusters} and returns their types. */
    Set<String> moveOut(List<SortedSet<String>> clusters) {
        Set<String> result = new TreeSet<>();
        List<SortedSet<String>> tasks = clusters.stream()
            .filter(cluster -> isBackgroundTask(cluster, clusters))
            .toList();
        tasks.forEach(result::addAll);
        clusters.removeAll(tasks);
        return result;
    }

    private boolean isBackgroundTask(SortedSet<String> cluster, List<SortedSet<String>> clusters) {
        List<EntryPoint> entryPoints = code.entryPoints().stream().filter(e -> cluster.contains(e.type())).toList();
        boolean small = cluster.size() < ServiceClustering.MIN_SERVICE_TYPES_DEFAULT;
        return (small || cluster.stream().noneMatch(code.tablesByType()::containsKey)) && !entryPoints.isEmpty()
                && entryPoints.stream().allMatch(e -> BACKGROUND.contains(e.kind()))
                && clusters.stream().allMatch(other -> other == cluster || clustering.coupling(cluster, other) == 0);
    }

}
