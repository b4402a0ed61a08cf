package dev.ficus.analyzer.graph;

import dev.ficus.analyzer.graph.data.EntityInheritance;
import dev.ficus.analyzer.graph.data.SqlTables;
import dev.ficus.analyzer.graph.entrypoints.ApplicationPath;
import dev.ficus.analyzer.source.ApplicationSettings;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.entrypoints.EntryPointFinder;
import dev.ficus.analyzer.graph.facts.FileFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Merges what the files contributed into sorted dependencies, entry points and table
 * accesses: aggregates references per ordered pair of types, maps repositories and JPQL
 * entity names to tables, and links event publishers to listeners and table accessors to
 * each table's owner.
 */
final class FactsMerger {

    private final List<FileFacts> facts;

    private final SortedMap<String, SortedMap<String, Tally>> tallies = new TreeMap<>();

    private final SortedSet<TableAccess> tableAccesses;

    /**
     * The entity mapping each table as its own rather than inherited (the first by name):
     * the table's owner.
     */
    private final Map<String, String> tableOwners = new HashMap<>();

    /** Counts per kind and the first locations of one dependency. */
    private static final class Tally {

        private final Map<EdgeKind, Integer> counts = new EnumMap<>(EdgeKind.class);

        private final TreeSet<SourceLocation> locations = new TreeSet<>();

        void add(EdgeKind kind, SourceLocation location) {
            counts.merge(kind, 1, Integer::sum);
            locations.add(location);
            if (locations.size() > Dependency.MAX_LOCATIONS) {
                locations.pollLast();
            }
        }

    }

    FactsMerger(List<FileFacts> facts) {
        this.facts = facts;
        facts.forEach(file -> file.references.forEach(r -> tally(r.source(), r.target(), r.kind(), r.location())));
        this.tableAccesses = readTableAccesses();
        linkTables();
        linkEvents();
    }

    List<Dependency> dependencies() {
        List<Dependency> result = new ArrayList<>();
        tallies.forEach((source, targets) -> targets.forEach((target, tally) -> result
            .add(new Dependency(source, target, tally.counts, List.copyOf(tally.locations)))));
        return result;
    }

    /**
     * @param settings the application's settings, which fill in the placeholders of
     * mapped paths
     */
    List<EntryPoint> entryPoints(ApplicationSettings settings) {
        List<ApplicationPath> applications = facts.stream().flatMap(file -> file.applicationPaths.stream()).toList();
        return facts.stream()
            .flatMap(file -> file.entryPoints.stream())
            .map(entryPoint -> ApplicationPath.under(entryPoint, applications).withPathResolved(settings::resolve))
            .collect(Collectors.collectingAndThen(Collectors.toList(), EntryPointFinder::withoutFallbacks))
            .stream()
            .distinct()
            .sorted()
            .toList();
    }

    List<TableAccess> tableAccesses() {
        return List.copyOf(tableAccesses);
    }

    long resolvedCalls() {
        return facts.stream().mapToLong(file -> file.resolvedCalls).sum();
    }

    long unresolvedCalls() {
        return facts.stream().mapToLong(file -> file.unresolvedCalls).sum();
    }

    private void tally(String source, String target, EdgeKind kind, SourceLocation location) {
        if (!source.equals(target)) {
            tallies.computeIfAbsent(source, s -> new TreeMap<>())
                .computeIfAbsent(target, t -> new Tally())
                .add(kind, location);
        }
    }

    private SortedSet<TableAccess> readTableAccesses() {
        Map<String, String> tableOfEntity = new HashMap<>();
        Map<String, String> tableOfEntityName = new HashMap<>();
        List<TableAccess> found = new ArrayList<>();
        List<FileFacts.Entity> entities = facts.stream().flatMap(file -> file.entities.stream()).toList();
        EntityInheritance inheritance = new EntityInheritance(entities);
        for (FileFacts.Entity entity : entities) {
            String table = inheritance.table(entity);
            tableOfEntity.putIfAbsent(entity.name(), table);
            tableOfEntity.putIfAbsent(entity.type(), table);
            tableOfEntityName.putIfAbsent(entity.entityName().toLowerCase(Locale.ROOT), table);
            if (entity.table().equals(table)) {
                tableOwners.merge(table, entity.type(), (first, other) -> first.compareTo(other) <= 0 ? first : other);
            }
            inheritance.tables(entity)
                .forEach(mapped -> found.add(new TableAccess(entity.type(), mapped, "entity", entity.location())));
            entity.ownedTables()
                .forEach(owned -> found.add(new TableAccess(entity.type(), owned, "entity", entity.location())));
        }
        Set<String> bases = repositoryBases();
        for (FileFacts file : facts) {
            for (FileFacts.Repository repository : file.repositories) {
                if (repository.base() != null && !bases.contains(repository.base())) {
                    continue;
                }
                String simpleName = repository.entity().substring(repository.entity().lastIndexOf('.') + 1);
                String table = tableOfEntity.getOrDefault(repository.entity(),
                        tableOfEntityName.get(simpleName.toLowerCase(Locale.ROOT)));
                if (table != null) {
                    found.add(new TableAccess(repository.type(), table, "repository", repository.location()));
                }
            }
            for (FileFacts.Sql sql : file.sql) {
                for (String name : SqlTables.in(sql.text())) {
                    found.add(new TableAccess(sql.type(), tableOfEntityName.getOrDefault(name, name), sql.via(),
                            sql.location()));
                }
            }
        }
        // one access per type, table and way of access: the first place it is seen
        SortedMap<String, TableAccess> first = new TreeMap<>();
        found.stream()
            .sorted()
            .forEach(access -> first.putIfAbsent(access.type() + "\u0000" + access.table() + "\u0000" + access.via(),
                    access));
        return new TreeSet<>(first.values());
    }

    /**
     * The analysed interfaces that are repository bases: derived, directly or through
     * others, from a library's.
     */
    private Set<String> repositoryBases() {
        List<FileFacts.RepositoryBase> declared = facts.stream()
            .flatMap(file -> file.repositoryBases.stream())
            .toList();
        Set<String> bases = new HashSet<>();
        boolean grown = true;
        while (grown) {
            grown = false;
            for (FileFacts.RepositoryBase base : declared) {
                if ((base.extended() == null || bases.contains(base.extended())) && bases.add(base.type())) {
                    grown = true;
                }
            }
        }
        return bases;
    }

    /**
     * Types touching the same table depend on its owner (the entity mapped to it, else
     * its most frequent accessor), not on each other: a star per table instead of a
     * clique.
     */
    private void linkTables() {
        SortedMap<String, List<TableAccess>> byTable = new TreeMap<>();
        tableAccesses.forEach(access -> byTable.computeIfAbsent(access.table(), t -> new ArrayList<>()).add(access));
        byTable.forEach((table, accesses) -> {
            String owner = tableOwners.getOrDefault(table, owner(accesses));
            SortedMap<String, SourceLocation> accessors = new TreeMap<>();
            accesses.forEach(access -> accessors.putIfAbsent(access.type(), access.location()));
            accessors.forEach((type, location) -> tally(type, owner, EdgeKind.SHARED_TABLE, location));
        });
    }

    private static String owner(List<TableAccess> accesses) {
        return accesses.stream()
            .filter(access -> access.via().equals("entity"))
            .map(TableAccess::type)
            .sorted()
            .findFirst()
            .orElseGet(() -> {
                Map<String, Integer> counts = new TreeMap<>();
                accesses.forEach(access -> counts.merge(access.type(), 1, Integer::sum));
                return counts.entrySet()
                    .stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow()
                    .getKey();
            });
    }

    private void linkEvents() {
        Map<String, SortedSet<String>> listeners = new HashMap<>();
        facts.forEach(file -> file.listened
            .forEach(listen -> listeners.computeIfAbsent(listen.event(), e -> new TreeSet<>()).add(listen.type())));
        for (FileFacts file : facts) {
            for (FileFacts.Event publish : file.published) {
                for (String listener : listeners.getOrDefault(publish.event(), new TreeSet<>())) {
                    tally(publish.type(), listener, EdgeKind.EVENT, publish.location());
                }
            }
        }
    }

}
