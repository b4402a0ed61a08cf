package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Joins the clusters whose tables lie in one namespace of the schema, when the schema is
 * divided into namespaces: the first word of its tables' names, the module its team gave
 * them ({@code pms_product}, {@code pms_brand} and {@code oms_order} give {@code pms} and
 * {@code oms}; Spring Modulith's examples name theirs {@code orders_order}). On a
 * codebase of one controller, service and mapper per table, the graph sees every table's
 * feature on its own; the schema says which features one module holds.
 */
final class TableNamespaces {

    /**
     * A namespace names at least this many tables: one table's first word names that
     * table.
     */
    static final int MIN_TABLES = 2;

    /**
     * A first word on more than this many thirds of the tables is a naming convention.
     */
    static final int CONVENTION_THIRDS = 2;

    private final Map<String, String> namespaceOf;

    private final Map<String, List<EntryPoint>> entryPoints;

    private final Map<String, SortedSet<String>> tables;

    private final DeployableModules deployables;

    TableNamespaces(CodeGraph code, DeployableModules deployables) {
        // the graph groups them anew on each call: once here
        this.entryPoints = code.entryPointsByType();
        this.tables = code.tablesByType();
        this.deployables = deployables;
        this.namespaceOf = namespaces(code);
    }

    /**
     * The clusters, those of the same deployables and entry-point packages whose tables
     * lie mostly in one namespace joined into the first of them.
     */
    List<SortedSet<String>> join(List<SortedSet<String>> clusters) {
        if (namespaceOf.isEmpty()) {
            return List.copyOf(clusters);
        }
        Map<String, SortedSet<String>> joined = new HashMap<>();
        List<SortedSet<String>> result = new ArrayList<>();
        for (SortedSet<String> cluster : clusters) {
            Optional<String> namespace = namespace(cluster);
            if (namespace.isEmpty()) {
                result.add(cluster);
                continue;
            }
            // a library module's types (an exception, a mapper) are in no deployable
            String key = deployables.deployablesOf(cluster) + "/" + entryPackages(cluster) + "/" + namespace.get();
            SortedSet<String> into = joined.get(key);
            if (into == null) {
                into = new TreeSet<>(cluster);
                joined.put(key, into);
                result.add(into);
            }
            else {
                into.addAll(cluster);
            }
        }
        return result;
    }

    /**
     * The packages of the cluster's types that serve its entry points (of all its types
     * when none does). Clusters joined must share them: code organised by layer keeps
     * every feature's controllers in one package, where only the schema tells modules
     * apart; code organised by feature already told them apart by package
     * ({@code modules.quartz.rest} and {@code modules.system.rest} are two modules,
     * whatever their tables are called).
     */
    private SortedSet<String> entryPackages(Set<String> cluster) {
        SortedSet<String> packages = new TreeSet<>();
        cluster.stream()
            .filter(type -> !entryPoints.getOrDefault(type, List.of()).isEmpty())
            .forEach(type -> packages.add(packageOf(type)));
        if (packages.isEmpty()) {
            cluster.forEach(type -> packages.add(packageOf(type)));
        }
        return packages;
    }

    private static String packageOf(String type) {
        return type.substring(0, Math.max(type.lastIndexOf('.'), 0));
    }

    /** The namespace holding more than half the tables the cluster's types access. */
    private Optional<String> namespace(Set<String> cluster) {
        Set<String> accessed = new TreeSet<>();
        cluster.forEach(type -> accessed.addAll(tables.getOrDefault(type, new TreeSet<>())));
        Map<String, Integer> counts = new TreeMap<>();
        accessed.stream()
            .map(namespaceOf::get)
            .filter(namespace -> namespace != null)
            .forEach(namespace -> counts.merge(namespace, 1, Integer::sum));
        return counts.entrySet()
            .stream()
            .filter(count -> 2 * count.getValue() > accessed.size())
            .map(Map.Entry::getKey)
            .findFirst();
    }

    /**
     * Each table's namespace, empty when the schema has none: fewer than two namespaces,
     * or namespaced tables fewer than half of all. A first word more than two thirds of
     * the tables share is a naming convention ({@code t_}), not a module; a module may
     * hold half the schema (elunez/eladmin's {@code sys_}: 14 of 27 tables, beside
     * {@code mnt_}, {@code tool_} and {@code code_}).
     */
    private static Map<String, String> namespaces(CodeGraph code) {
        Set<String> tables = new TreeSet<>();
        code.tablesByType().values().forEach(tables::addAll);
        TableNames names = new TableNames(tables);
        Map<String, List<String>> byWord = new TreeMap<>();
        for (String table : tables) {
            String[] words = names.spoken(table).split("_");
            if (words.length >= 2 && !words[0].isEmpty()) {
                byWord.computeIfAbsent(words[0], word -> new ArrayList<>()).add(table);
            }
        }
        byWord.values()
            .removeIf(named -> named.size() < MIN_TABLES || 3 * named.size() > CONVENTION_THIRDS * tables.size());
        int namespaced = byWord.values().stream().mapToInt(List::size).sum();
        Map<String, String> result = new HashMap<>();
        if (byWord.size() >= 2 && 2 * namespaced >= tables.size()) {
            byWord.forEach((word, named) -> named.forEach(table -> result.put(table, word)));
        }
        return result;
    }

}
