package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;
import java.util.regex.Pattern;

/**
 * The deployable applications of a multi-module codebase. A module is the folder above a
 * source root ({@code orders/src/main/java} gives {@code orders}); it is deployable when
 * one of its types starts an application ({@code main}, {@code @SpringBootApplication}).
 * A team that made two modules separate applications already drew a service boundary
 * between them: when a codebase holds at least {@link #MIN_DEPLOYABLES_DEFAULT}
 * deployable modules, a candidate never spans two of them. A codebase with one
 * application (the usual monolith, whatever its library modules) has no such boundary. A
 * module whose code another deployable module uses is a library, whatever {@code main} it
 * holds (a code generator's, a tool's): applications do not call into each other's
 * classes.
 */
final class DeployableModules {

    /** Two applications make a boundary; one is just the monolith. */
    static final int MIN_DEPLOYABLES_DEFAULT = 2;

    private static final Set<EdgeKind> CODE_KINDS = EnumSet.of(EdgeKind.CALL, EdgeKind.TYPE_REFERENCE,
            EdgeKind.INHERITANCE, EdgeKind.INSTANTIATION);

    private static final Pattern SOURCE_ROOT_TAIL = Pattern.compile("(^|/)src(/main)?(/(java|kotlin|groovy))?$");

    private final SortedMap<String, String> deployableOf;

    private DeployableModules(SortedMap<String, String> deployableOf) {
        this.deployableOf = Collections.unmodifiableSortedMap(deployableOf);
    }

    static DeployableModules of(CodeGraph code) {
        SortedMap<String, String> moduleOf = new TreeMap<>();
        code.types().values().forEach(type -> moduleOf.put(type.name(), moduleOf(type)));
        SortedSet<String> deployables = applications(code);
        SortedMap<String, String> result = new TreeMap<>();
        if (deployables.size() >= MIN_DEPLOYABLES_DEFAULT) {
            moduleOf.forEach((type, module) -> {
                if (deployables.contains(module)) {
                    result.put(type, module);
                }
            });
        }
        return new DeployableModules(result);
    }

    /**
     * The modules that start an application and whose code no other such module uses,
     * however many there are.
     */
    static SortedSet<String> applications(CodeGraph code) {
        Map<String, List<EntryPoint>> entryPoints = code.entryPointsByType();
        SortedMap<String, String> moduleOf = new TreeMap<>();
        SortedSet<String> deployables = new TreeSet<>();
        for (TypeNode type : code.types().values()) {
            String module = moduleOf(type);
            moduleOf.put(type.name(), module);
            boolean starts = type.annotations().contains("SpringBootApplication")
                    || entryPoints.getOrDefault(type.name(), List.of())
                        .stream()
                        .anyMatch(e -> e.kind() == EntryPoint.Kind.MAIN);
            if (starts) {
                deployables.add(module);
            }
        }
        deployables.removeAll(usedByOtherDeployables(code, moduleOf, deployables));
        return deployables;
    }

    /**
     * The deployable modules whose types a type of another deployable module depends on
     * in its code (calls, references, inheritance, instantiation; not a shared table or
     * an event).
     */
    private static Set<String> usedByOtherDeployables(CodeGraph code, Map<String, String> moduleOf,
            Set<String> deployables) {
        Set<String> used = new TreeSet<>();
        for (Dependency dependency : code.graph().edgeSet()) {
            String from = moduleOf.get(dependency.source());
            String to = moduleOf.get(dependency.target());
            if (from != null && to != null && !from.equals(to) && deployables.contains(from) && deployables.contains(to)
                    && dependency.counts().keySet().stream().anyMatch(CODE_KINDS::contains)) {
                used.add(to);
            }
        }
        return used;
    }

    /**
     * The module folder of a type: its file's folder less the package folders and a
     * trailing {@code src/main/java}-style source root; empty at the analysed root.
     */
    static String moduleOf(TypeNode type) {
        String file = type.file().replace('\\', '/');
        int slash = file.lastIndexOf('/');
        String folder = slash < 0 ? "" : file.substring(0, slash);
        String packagePath = type.packageName().replace('.', '/');
        if (!packagePath.isEmpty() && (folder.equals(packagePath) || folder.endsWith("/" + packagePath))) {
            folder = folder.substring(0, folder.length() - packagePath.length());
            folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        }
        return SOURCE_ROOT_TAIL.matcher(folder).replaceFirst("");
    }

    /**
     * The deployable module a type belongs to; empty when the codebase has fewer than two
     * deployables or the type lies in a library module.
     */
    Optional<String> deployableOf(String type) {
        return Optional.ofNullable(deployableOf.get(type));
    }

    /** Whether the codebase is split into several deployable applications. */
    boolean split() {
        return !deployableOf.isEmpty();
    }

    /** The key a type's clusters are kept within: its deployable, or "" for the rest. */
    String partitionOf(String type) {
        return deployableOf.getOrDefault(type, "");
    }

    /** The deployable applications whose types a set holds. */
    Set<String> deployablesOf(Set<String> types) {
        Set<String> result = new TreeSet<>();
        types.forEach(type -> deployableOf(type).ifPresent(result::add));
        return result;
    }

    /**
     * A cluster Louvain grew across two applications through library types is cut along
     * them: each application's types stay together, and each library type goes with the
     * application it depends on most, either way (the first by name on a tie).
     */
    List<SortedSet<String>> cutApart(List<SortedSet<String>> clusters,
            ToDoubleBiFunction<Set<String>, Set<String>> weightBetween) {
        List<SortedSet<String>> result = new ArrayList<>();
        for (SortedSet<String> cluster : clusters) {
            Set<String> applications = deployablesOf(cluster);
            if (applications.size() <= 1) {
                result.add(cluster);
                continue;
            }
            Map<String, SortedSet<String>> parts = new TreeMap<>();
            cluster.forEach(type -> deployableOf(type)
                .ifPresent(deployable -> parts.computeIfAbsent(deployable, d -> new TreeSet<>()).add(type)));
            cluster.stream().filter(type -> deployableOf(type).isEmpty()).forEach(type -> {
                String best = parts.keySet().iterator().next();
                double bestCoupling = -1;
                for (Map.Entry<String, SortedSet<String>> part : parts.entrySet()) {
                    double coupling = weightBetween.applyAsDouble(Set.of(type), part.getValue());
                    if (coupling > bestCoupling) {
                        best = part.getKey();
                        bestCoupling = coupling;
                    }
                }
                parts.computeIfAbsent(best, d -> new TreeSet<>()).add(type);
            });
            result.addAll(parts.values());
        }
        return result;
    }

}
