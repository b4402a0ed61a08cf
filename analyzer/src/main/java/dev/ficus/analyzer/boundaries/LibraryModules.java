package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The library modules of a multi-module application that do no work of their own: no type
 * of theirs starts an application, keeps a table, or answers a request or a message
 * (servlet filters and the plumbing's own listeners aside), and the Spring Boot starters
 * (an {@code @AutoConfiguration} class) that keep no table. A team that put code in such
 * a module (a {@code common} module, a framework starter) made it a library every service
 * links, not a service: its types go to the platform, never into a candidate. A type in
 * the feature package of an application or of a module keeping tables
 * ({@code module.trade.enums} beside {@code module.trade.dal}) is that feature's
 * published contract (a {@code trade-api} module) and stays with it.
 */
final class LibraryModules {

    static final String REASON = " Library modules that keep no table and answer no request (a common module, a"
            + " framework starter) are platform code too.";

    private static final String AUTO_CONFIGURATION = "AutoConfiguration";

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
            if (!applications.contains(module) && (types.stream().noneMatch(this::works) || starter(types))) {
                types.stream()
                    .filter(type -> prior.featureOf(code.types().get(type)).filter(workingFeatures::contains).isEmpty())
                    .forEach(result::add);
            }
        });
        return result;
    }

    /**
     * The interfaces among the given library types that a type outside them implements in
     * another package: ports the library calls (a {@code common.core.service.UserService}
     * that translation helpers use and the system module implements), which stay in the
     * library. An interface whose implementation lies in its own package or below it is
     * that implementation's published contract, kept in a module of its own for plugins
     * or clients, and goes with it.
     */
    SortedSet<String> ports(Set<String> libraryTypes) {
        SortedSet<String> result = new TreeSet<>();
        for (String type : libraryTypes) {
            TypeNode node = code.types().get(type);
            if (node == null || node.kind() != TypeNode.Kind.INTERFACE) {
                continue;
            }
            List<TypeNode> implementers = code.graph()
                .incomingEdgesOf(type)
                .stream()
                .filter(dependency -> dependency.count(EdgeKind.INHERITANCE) > 0)
                .map(dependency -> code.types().get(dependency.source()))
                .filter(implementer -> implementer != null && !libraryTypes.contains(implementer.name()))
                .toList();
            String own = node.packageName();
            if (!implementers.isEmpty() && implementers.stream()
                .noneMatch(implementer -> implementer.packageName().equals(own)
                        || implementer.packageName().startsWith(own + "."))) {
                result.add(type);
            }
        }
        return result;
    }

    /**
     * Whether the module is a Spring Boot starter keeping no table: it configures itself
     * into whatever application links it, so the requests it answers (a push endpoint, an
     * actuator) are a library's feature every service gets, not a service's.
     */
    private boolean starter(SortedSet<String> types) {
        return types.stream().noneMatch(tables::containsKey) && types.stream()
            .map(code.types()::get)
            .filter(Objects::nonNull)
            .anyMatch(node -> node.annotations().contains(AUTO_CONFIGURATION));
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
