package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The library modules of a multi-module application that do no work of their own: no type
 * of theirs starts an application, keeps a table, or answers a request or a message
 * (servlet filters and the plumbing's own listeners aside). A team that put code in such
 * a module (a {@code common} module, a framework starter) made it a library every service
 * links, not a service: its types go to the platform, never into a candidate. A type in
 * the feature package of an application or of a module keeping tables
 * ({@code module.trade.enums} beside {@code module.trade.dal}) is that feature's
 * published contract (a {@code trade-api} module) and stays with it.
 */
final class LibraryModules {

    static final String REASON = " Library modules that keep no table and answer no request (a common module, a"
            + " framework starter) are platform code too.";

    private final CodeGraph code;

    private final Set<String> plumbing;

    private final Map<String, List<EntryPoint>> entryPoints;

    private final Map<String, SortedSet<String>> tables;

    LibraryModules(CodeGraph code, Set<String> plumbing) {
        this.code = code;
        this.plumbing = Set.copyOf(plumbing);
        // the graph groups them anew on each call: once here
        this.entryPoints = code.entryPointsByType();
        this.tables = code.tablesByType();
    }

    /**
     * The types of the library modules that do no work; none when the codebase has no
     * application module, only one module, or no type that works.
     */
    SortedSet<String> types() {
        Map<String, SortedSet<String>> typesOf = new HashMap<>();
        for (TypeNode type : code.types().values()) {
            typesOf.computeIfAbsent(DeployableModules.moduleOf(type), module -> new TreeSet<>()).add(type.name());
        }
        Set<String> applications = DeployableModules.applications(code);
        SortedSet<String> result = new TreeSet<>();
        if (applications.isEmpty() || typesOf.size() < 2 || code.types().keySet().stream().noneMatch(this::works)) {
            // as for library clusters: where no type works, nothing tells a service from
            // a library
            return result;
        }
        PackagePrior prior = new PackagePrior(code, PackagePrior.FACTOR_DEFAULT);
        Set<String> workingFeatures = new HashSet<>();
        typesOf.forEach((module, types) -> {
            // the features of the modules keeping data (a framework's message listener
            // makes no feature a module's)
            if (applications.contains(module) || types.stream().anyMatch(tables::containsKey)) {
                types.forEach(type -> prior.featureOf(code.types().get(type)).ifPresent(workingFeatures::add));
            }
        });
        typesOf.forEach((module, types) -> {
            if (!applications.contains(module) && types.stream().noneMatch(this::works)) {
                types.stream()
                    .filter(type -> prior.featureOf(code.types().get(type)).filter(workingFeatures::contains).isEmpty())
                    .forEach(result::add);
            }
        });
        return result;
    }

    /** Whether a type keeps a table or answers a request or a message. */
    private boolean works(String type) {
        if (tables.containsKey(type)) {
            return true;
        }
        return !plumbing.contains(type) && entryPoints.getOrDefault(type, List.of())
            .stream()
            .anyMatch(entryPoint -> entryPoint.kind() != EntryPoint.Kind.MAIN && !entryPoint.filter());
    }

}
