package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.work.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Suggests candidate services for a codebase: sets the shared kernel aside, clusters the
 * remaining types by community detection on the weighted dependency graph (steered toward
 * a number of services when asked), names the clusters and collects their entry points
 * and tables.
 */
public final class BoundarySuggester {

    private final BoundaryOptions options;

    private BoundarySuggester(BoundaryOptions options) {
        this.options = options;
    }

    public static BoundarySuggester of(BoundaryOptions options) {
        return new BoundarySuggester(Objects.requireNonNull(options, "options"));
    }

    public Decomposition suggest(CodeGraph code, Progress progress) {
        progress.update("clustering", 0, 3);
        TypeUnits units = TypeUnits.of(code);
        SharedKernel kernel = new SharedKernelDetector(code, units, options.seed()).detect();
        progress.update("clustering", 1, 3);
        InfrastructureDetector infrastructure = new InfrastructureDetector(code);
        SortedSet<String> plumbing = infrastructure.plumbing();
        plumbing.removeAll(kernel.types());
        plumbing.removeIf(type -> units.members(units.unitOf(type)).size() > 1);
        Set<String> rest = new TreeSet<>(code.types().keySet());
        rest.removeAll(kernel.types());
        rest.removeAll(plumbing);
        ServiceClustering clustering = new ServiceClustering(code, rest, units, options.seed());
        ServiceCountSteering.Result result = options.services().isPresent()
                ? new ServiceCountSteering(clustering).steer(options.services().getAsInt())
                : new ServiceCountSteering.Result(clustering.cluster(options.resolution()), options.resolution());
        progress.update("clustering", 2, 3);
        List<SortedSet<String>> clusters = result.clusters();
        Map<String, Integer> owners = infrastructure.owners(plumbing, clusters);
        SortedSet<String> platform = new TreeSet<>(plumbing);
        platform.removeAll(owners.keySet());
        owners.forEach((type, cluster) -> clusters.get(cluster).add(type));
        List<String> names = new CandidateNamer(code, clustering.typeGraph()).name(clusters);
        List<CandidateService> services = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            services.add(service(code, names.get(k), clusters.get(k)));
        }
        progress.update("clustering", 3, 3);
        return new Decomposition(services, kernel, new Platform(platform, InfrastructureDetector.REASON),
                sharedTables(services), result.resolution());
    }

    private static CandidateService service(CodeGraph code, String name, SortedSet<String> types) {
        List<EntryPoint> entryPoints = code.entryPoints().stream().filter(e -> types.contains(e.type())).toList();
        SortedSet<String> tables = new TreeSet<>();
        code.tablesByType().forEach((type, accessed) -> {
            if (types.contains(type)) {
                tables.addAll(accessed);
            }
        });
        return new CandidateService(name, types, entryPoints, tables);
    }

    private static SortedMap<String, SortedSet<String>> sharedTables(List<CandidateService> services) {
        Map<String, SortedSet<String>> users = new TreeMap<>();
        for (CandidateService service : services) {
            service.tables().forEach(table -> users.computeIfAbsent(table, t -> new TreeSet<>()).add(service.name()));
        }
        SortedMap<String, SortedSet<String>> result = new TreeMap<>();
        users.forEach((table, names) -> {
            if (names.size() > 1) {
                result.put(table, names);
            }
        });
        return result;
    }

}
